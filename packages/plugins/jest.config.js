module.exports = { ...require('../../tools/jest/preset.js'), rootDir: __dirname };
