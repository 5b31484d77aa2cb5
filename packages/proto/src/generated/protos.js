/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["berth"] || ($protobuf.roots["berth"] = {});

$root.berth = (function() {

    /**
     * Namespace berth.
     * @exports berth
     * @namespace
     */
    var berth = {};

    berth.shim = (function() {

        /**
         * Namespace shim.
         * @memberof berth
         * @namespace
         */
        var shim = {};

        shim.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof berth.shim
             * @namespace
             */
            var v1 = {};

            v1.Empty = (function() {

                /**
                 * Properties of an Empty.
                 * @typedef {Object} berth.shim.v1.Empty.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Empty.
                 * @memberof berth.shim.v1
                 * @interface IEmpty
                 * @augments berth.shim.v1.Empty.$Properties
                 * @deprecated Use berth.shim.v1.Empty.$Properties instead.
                 */

                /**
                 * Shape of an Empty.
                 * @typedef {berth.shim.v1.Empty.$Properties} berth.shim.v1.Empty.$Shape
                 */

                /**
                 * Constructs a new Empty.
                 * @memberof berth.shim.v1
                 * @classdesc Represents an Empty.
                 * @constructor
                 * @param {berth.shim.v1.Empty.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Empty = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {berth.shim.v1.Empty.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.Empty} Empty instance
                 * @type {{
                 *   (properties: berth.shim.v1.Empty.$Shape): berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape;
                 *   (properties?: berth.shim.v1.Empty.$Properties): berth.shim.v1.Empty;
                 * }}
                 */
                Empty.create = function(properties) {
                    return new Empty(properties);
                };

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link berth.shim.v1.Empty.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {berth.shim.v1.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Empty message, length delimited. Does not implicitly {@link berth.shim.v1.Empty.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {berth.shim.v1.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.Empty();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Empty message.
                 * @function verify
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Empty.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.Empty} Empty
                 */
                Empty.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.Empty)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.Empty: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.berth.shim.v1.Empty();
                };

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {berth.shim.v1.Empty} message Empty
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Empty.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Empty to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.Empty
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Empty.prototype.toJSON = function() {
                    return Empty.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Empty
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.Empty
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Empty.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.Empty";
                };

                return Empty;
            })();

            v1.Mount = (function() {

                /**
                 * Properties of a Mount.
                 * @typedef {Object} berth.shim.v1.Mount.$Properties
                 * @property {string|null} [type] Mount type
                 * @property {string|null} [source] Mount source
                 * @property {Array.<string>|null} [options] Mount options
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Mount.
                 * @memberof berth.shim.v1
                 * @interface IMount
                 * @augments berth.shim.v1.Mount.$Properties
                 * @deprecated Use berth.shim.v1.Mount.$Properties instead.
                 */

                /**
                 * Shape of a Mount.
                 * @typedef {berth.shim.v1.Mount.$Properties} berth.shim.v1.Mount.$Shape
                 */

                /**
                 * Constructs a new Mount.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a Mount.
                 * @constructor
                 * @param {berth.shim.v1.Mount.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Mount = function (properties) {
                    this.options = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Mount type.
                 * @member {string} type
                 * @memberof berth.shim.v1.Mount
                 * @instance
                 */
                Mount.prototype.type = "";

                /**
                 * Mount source.
                 * @member {string} source
                 * @memberof berth.shim.v1.Mount
                 * @instance
                 */
                Mount.prototype.source = "";

                /**
                 * Mount options.
                 * @member {Array.<string>} options
                 * @memberof berth.shim.v1.Mount
                 * @instance
                 */
                Mount.prototype.options = $util.emptyArray;

                /**
                 * Creates a new Mount instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {berth.shim.v1.Mount.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.Mount} Mount instance
                 * @type {{
                 *   (properties: berth.shim.v1.Mount.$Shape): berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape;
                 *   (properties?: berth.shim.v1.Mount.$Properties): berth.shim.v1.Mount;
                 * }}
                 */
                Mount.create = function(properties) {
                    return new Mount(properties);
                };

                /**
                 * Encodes the specified Mount message. Does not implicitly {@link berth.shim.v1.Mount.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {berth.shim.v1.Mount.$Properties} message Mount message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mount.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                    if (message.options != null && message.options.length)
                        for (var i = 0; i < message.options.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.options[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Mount message, length delimited. Does not implicitly {@link berth.shim.v1.Mount.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {berth.shim.v1.Mount.$Properties} message Mount message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mount.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Mount message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mount.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.Mount();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.options && message.options.length))
                                    message.options = [];
                                message.options.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Mount message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mount.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Mount message.
                 * @function verify
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Mount.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        if (!$util.isString(message.source))
                            return "source: string expected";
                    if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                        if (!$Array.isArray(message.options))
                            return "options: array expected";
                        for (var i = 0; i < message.options.length; ++i)
                            if (!$util.isString(message.options[i]))
                                return "options: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Mount message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.Mount} Mount
                 */
                Mount.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.Mount)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.Mount: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.Mount();
                    if (object.type != null)
                        if (typeof object.type !== "string" || object.type.length)
                            message.type = $String(object.type);
                    if (object.source != null)
                        if (typeof object.source !== "string" || object.source.length)
                            message.source = $String(object.source);
                    if (object.options) {
                        if (!$Array.isArray(object.options))
                            throw $TypeError(".berth.shim.v1.Mount.options: array expected");
                        message.options = $Array(object.options.length);
                        for (var i = 0; i < object.options.length; ++i)
                            message.options[i] = $String(object.options[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Mount message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {berth.shim.v1.Mount} message Mount
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Mount.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.options = [];
                    if (options.defaults) {
                        object.type = "";
                        object.source = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        object.source = message.source;
                    if (message.options && message.options.length) {
                        object.options = $Array(message.options.length);
                        for (var j = 0; j < message.options.length; ++j)
                            object.options[j] = message.options[j];
                    }
                    return object;
                };

                /**
                 * Converts this Mount to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.Mount
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Mount.prototype.toJSON = function() {
                    return Mount.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Mount
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.Mount
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Mount.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.Mount";
                };

                return Mount;
            })();

            v1.ConnectRequest = (function() {

                /**
                 * Properties of a ConnectRequest.
                 * @typedef {Object} berth.shim.v1.ConnectRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectRequest.
                 * @memberof berth.shim.v1
                 * @interface IConnectRequest
                 * @augments berth.shim.v1.ConnectRequest.$Properties
                 * @deprecated Use berth.shim.v1.ConnectRequest.$Properties instead.
                 */

                /**
                 * Shape of a ConnectRequest.
                 * @typedef {berth.shim.v1.ConnectRequest.$Properties} berth.shim.v1.ConnectRequest.$Shape
                 */

                /**
                 * Constructs a new ConnectRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a ConnectRequest.
                 * @constructor
                 * @param {berth.shim.v1.ConnectRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ConnectRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new ConnectRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {berth.shim.v1.ConnectRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.ConnectRequest} ConnectRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.ConnectRequest.$Shape): berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape;
                 *   (properties?: berth.shim.v1.ConnectRequest.$Properties): berth.shim.v1.ConnectRequest;
                 * }}
                 */
                ConnectRequest.create = function(properties) {
                    return new ConnectRequest(properties);
                };

                /**
                 * Encodes the specified ConnectRequest message. Does not implicitly {@link berth.shim.v1.ConnectRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {berth.shim.v1.ConnectRequest.$Properties} message ConnectRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConnectRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ConnectRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {berth.shim.v1.ConnectRequest.$Properties} message ConnectRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape} ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.ConnectRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape} ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConnectRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConnectRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a ConnectRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.ConnectRequest} ConnectRequest
                 */
                ConnectRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.ConnectRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.ConnectRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.berth.shim.v1.ConnectRequest();
                };

                /**
                 * Creates a plain object from a ConnectRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {berth.shim.v1.ConnectRequest} message ConnectRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConnectRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this ConnectRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.ConnectRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConnectRequest.prototype.toJSON = function() {
                    return ConnectRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConnectRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.ConnectRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.ConnectRequest";
                };

                return ConnectRequest;
            })();

            v1.ConnectResponse = (function() {

                /**
                 * Properties of a ConnectResponse.
                 * @typedef {Object} berth.shim.v1.ConnectResponse.$Properties
                 * @property {number|null} [shimPid] ConnectResponse shimPid
                 * @property {string|null} [version] ConnectResponse version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectResponse.
                 * @memberof berth.shim.v1
                 * @interface IConnectResponse
                 * @augments berth.shim.v1.ConnectResponse.$Properties
                 * @deprecated Use berth.shim.v1.ConnectResponse.$Properties instead.
                 */

                /**
                 * Shape of a ConnectResponse.
                 * @typedef {berth.shim.v1.ConnectResponse.$Properties} berth.shim.v1.ConnectResponse.$Shape
                 */

                /**
                 * Constructs a new ConnectResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a ConnectResponse.
                 * @constructor
                 * @param {berth.shim.v1.ConnectResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ConnectResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConnectResponse shimPid.
                 * @member {number} shimPid
                 * @memberof berth.shim.v1.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.shimPid = 0;

                /**
                 * ConnectResponse version.
                 * @member {string} version
                 * @memberof berth.shim.v1.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.version = "";

                /**
                 * Creates a new ConnectResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {berth.shim.v1.ConnectResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.ConnectResponse} ConnectResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.ConnectResponse.$Shape): berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape;
                 *   (properties?: berth.shim.v1.ConnectResponse.$Properties): berth.shim.v1.ConnectResponse;
                 * }}
                 */
                ConnectResponse.create = function(properties) {
                    return new ConnectResponse(properties);
                };

                /**
                 * Encodes the specified ConnectResponse message. Does not implicitly {@link berth.shim.v1.ConnectResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {berth.shim.v1.ConnectResponse.$Properties} message ConnectResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shimPid != null && $Object.hasOwnProperty.call(message, "shimPid") && message.shimPid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shimPid);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConnectResponse message, length delimited. Does not implicitly {@link berth.shim.v1.ConnectResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {berth.shim.v1.ConnectResponse.$Properties} message ConnectResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape} ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.ConnectResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shimPid = value;
                                else
                                    delete message.shimPid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape} ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConnectResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConnectResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.shimPid != null && $Object.hasOwnProperty.call(message, "shimPid"))
                        if (!$util.isInteger(message.shimPid))
                            return "shimPid: integer expected";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isString(message.version))
                            return "version: string expected";
                    return null;
                };

                /**
                 * Creates a ConnectResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.ConnectResponse} ConnectResponse
                 */
                ConnectResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.ConnectResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.ConnectResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.ConnectResponse();
                    if (object.shimPid != null)
                        if ($Number(object.shimPid) !== 0)
                            message.shimPid = object.shimPid >>> 0;
                    if (object.version != null)
                        if (typeof object.version !== "string" || object.version.length)
                            message.version = $String(object.version);
                    return message;
                };

                /**
                 * Creates a plain object from a ConnectResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {berth.shim.v1.ConnectResponse} message ConnectResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConnectResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.shimPid = 0;
                        object.version = "";
                    }
                    if (message.shimPid != null && $Object.hasOwnProperty.call(message, "shimPid"))
                        object.shimPid = message.shimPid;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    return object;
                };

                /**
                 * Converts this ConnectResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.ConnectResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConnectResponse.prototype.toJSON = function() {
                    return ConnectResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConnectResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.ConnectResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.ConnectResponse";
                };

                return ConnectResponse;
            })();

            v1.CreateTaskRequest = (function() {

                /**
                 * Properties of a CreateTaskRequest.
                 * @typedef {Object} berth.shim.v1.CreateTaskRequest.$Properties
                 * @property {string|null} [id] CreateTaskRequest id
                 * @property {string|null} [bundle] CreateTaskRequest bundle
                 * @property {Array.<berth.shim.v1.Mount.$Properties>|null} [rootfs] CreateTaskRequest rootfs
                 * @property {boolean|null} [stdin] CreateTaskRequest stdin
                 * @property {boolean|null} [terminal] CreateTaskRequest terminal
                 * @property {string|null} [logPath] CreateTaskRequest logPath
                 * @property {string|null} [ioSocket] CreateTaskRequest ioSocket
                 * @property {string|null} [logDriver] CreateTaskRequest logDriver
                 * @property {Object.<string,string>|null} [logOptions] CreateTaskRequest logOptions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTaskRequest.
                 * @memberof berth.shim.v1
                 * @interface ICreateTaskRequest
                 * @augments berth.shim.v1.CreateTaskRequest.$Properties
                 * @deprecated Use berth.shim.v1.CreateTaskRequest.$Properties instead.
                 */

                /**
                 * Shape of a CreateTaskRequest.
                 * @typedef {berth.shim.v1.CreateTaskRequest.$Properties} berth.shim.v1.CreateTaskRequest.$Shape
                 */

                /**
                 * Constructs a new CreateTaskRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a CreateTaskRequest.
                 * @constructor
                 * @param {berth.shim.v1.CreateTaskRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CreateTaskRequest = function (properties) {
                    this.rootfs = [];
                    this.logOptions = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateTaskRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.id = "";

                /**
                 * CreateTaskRequest bundle.
                 * @member {string} bundle
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.bundle = "";

                /**
                 * CreateTaskRequest rootfs.
                 * @member {Array.<berth.shim.v1.Mount.$Properties>} rootfs
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.rootfs = $util.emptyArray;

                /**
                 * CreateTaskRequest stdin.
                 * @member {boolean} stdin
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stdin = false;

                /**
                 * CreateTaskRequest terminal.
                 * @member {boolean} terminal
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.terminal = false;

                /**
                 * CreateTaskRequest logPath.
                 * @member {string} logPath
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.logPath = "";

                /**
                 * CreateTaskRequest ioSocket.
                 * @member {string} ioSocket
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.ioSocket = "";

                /**
                 * CreateTaskRequest logDriver.
                 * @member {string} logDriver
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.logDriver = "";

                /**
                 * CreateTaskRequest logOptions.
                 * @member {Object.<string,string>} logOptions
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.logOptions = $util.emptyObject;

                /**
                 * Creates a new CreateTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {berth.shim.v1.CreateTaskRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.CreateTaskRequest} CreateTaskRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.CreateTaskRequest.$Shape): berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape;
                 *   (properties?: berth.shim.v1.CreateTaskRequest.$Properties): berth.shim.v1.CreateTaskRequest;
                 * }}
                 */
                CreateTaskRequest.create = function(properties) {
                    return new CreateTaskRequest(properties);
                };

                /**
                 * Encodes the specified CreateTaskRequest message. Does not implicitly {@link berth.shim.v1.CreateTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {berth.shim.v1.CreateTaskRequest.$Properties} message CreateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle") && message.bundle !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                    if (message.rootfs != null && message.rootfs.length)
                        for (var i = 0; i < message.rootfs.length; ++i)
                            $root.berth.shim.v1.Mount.encode(message.rootfs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdin);
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.terminal);
                    if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath") && message.logPath !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.logPath);
                    if (message.ioSocket != null && $Object.hasOwnProperty.call(message, "ioSocket") && message.ioSocket !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.ioSocket);
                    if (message.logDriver != null && $Object.hasOwnProperty.call(message, "logDriver") && message.logDriver !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.logDriver);
                    if (message.logOptions != null && $Object.hasOwnProperty.call(message, "logOptions"))
                        for (var keys = $Object.keys(message.logOptions), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.logOptions[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CreateTaskRequest message, length delimited. Does not implicitly {@link berth.shim.v1.CreateTaskRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {berth.shim.v1.CreateTaskRequest.$Properties} message CreateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape} CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.CreateTaskRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bundle = value;
                                else
                                    delete message.bundle;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.rootfs && message.rootfs.length))
                                    message.rootfs = [];
                                message.rootfs.push($root.berth.shim.v1.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.logPath = value;
                                else
                                    delete message.logPath;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ioSocket = value;
                                else
                                    delete message.ioSocket;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.logDriver = value;
                                else
                                    delete message.logDriver;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (message.logOptions === $util.emptyObject)
                                    message.logOptions = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.logOptions, key);
                                message.logOptions[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape} CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CreateTaskRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateTaskRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                        if (!$util.isString(message.bundle))
                            return "bundle: string expected";
                    if (message.rootfs != null && $Object.hasOwnProperty.call(message, "rootfs")) {
                        if (!$Array.isArray(message.rootfs))
                            return "rootfs: array expected";
                        for (var i = 0; i < message.rootfs.length; ++i) {
                            var error = $root.berth.shim.v1.Mount.verify(message.rootfs[i], _depth + 1);
                            if (error)
                                return "rootfs." + error;
                        }
                    }
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                        if (typeof message.stdin !== "boolean")
                            return "stdin: boolean expected";
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        if (typeof message.terminal !== "boolean")
                            return "terminal: boolean expected";
                    if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath"))
                        if (!$util.isString(message.logPath))
                            return "logPath: string expected";
                    if (message.ioSocket != null && $Object.hasOwnProperty.call(message, "ioSocket"))
                        if (!$util.isString(message.ioSocket))
                            return "ioSocket: string expected";
                    if (message.logDriver != null && $Object.hasOwnProperty.call(message, "logDriver"))
                        if (!$util.isString(message.logDriver))
                            return "logDriver: string expected";
                    if (message.logOptions != null && $Object.hasOwnProperty.call(message, "logOptions")) {
                        if (!$util.isObject(message.logOptions))
                            return "logOptions: object expected";
                        var key = $Object.keys(message.logOptions);
                        for (var i = 0; i < key.length; ++i)
                            if (!$util.isString(message.logOptions[key[i]]))
                                return "logOptions: string{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates a CreateTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.CreateTaskRequest} CreateTaskRequest
                 */
                CreateTaskRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.CreateTaskRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.CreateTaskRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.CreateTaskRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.bundle != null)
                        if (typeof object.bundle !== "string" || object.bundle.length)
                            message.bundle = $String(object.bundle);
                    if (object.rootfs) {
                        if (!$Array.isArray(object.rootfs))
                            throw $TypeError(".berth.shim.v1.CreateTaskRequest.rootfs: array expected");
                        message.rootfs = $Array(object.rootfs.length);
                        for (var i = 0; i < object.rootfs.length; ++i) {
                            if (!$util.isObject(object.rootfs[i]))
                                throw $TypeError(".berth.shim.v1.CreateTaskRequest.rootfs: object expected");
                            message.rootfs[i] = $root.berth.shim.v1.Mount.fromObject(object.rootfs[i], _depth + 1);
                        }
                    }
                    if (object.stdin != null)
                        if (object.stdin)
                            message.stdin = $Boolean(object.stdin);
                    if (object.terminal != null)
                        if (object.terminal)
                            message.terminal = $Boolean(object.terminal);
                    if (object.logPath != null)
                        if (typeof object.logPath !== "string" || object.logPath.length)
                            message.logPath = $String(object.logPath);
                    if (object.ioSocket != null)
                        if (typeof object.ioSocket !== "string" || object.ioSocket.length)
                            message.ioSocket = $String(object.ioSocket);
                    if (object.logDriver != null)
                        if (typeof object.logDriver !== "string" || object.logDriver.length)
                            message.logDriver = $String(object.logDriver);
                    if (object.logOptions) {
                        if (!$util.isObject(object.logOptions))
                            throw $TypeError(".berth.shim.v1.CreateTaskRequest.logOptions: object expected");
                        message.logOptions = {};
                        for (var keys = $Object.keys(object.logOptions), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.logOptions, keys[i]);
                            message.logOptions[keys[i]] = $String(object.logOptions[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CreateTaskRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {berth.shim.v1.CreateTaskRequest} message CreateTaskRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateTaskRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.rootfs = [];
                    if (options.objects || options.defaults)
                        object.logOptions = {};
                    if (options.defaults) {
                        object.id = "";
                        object.bundle = "";
                        object.stdin = false;
                        object.terminal = false;
                        object.logPath = "";
                        object.ioSocket = "";
                        object.logDriver = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                        object.bundle = message.bundle;
                    if (message.rootfs && message.rootfs.length) {
                        object.rootfs = $Array(message.rootfs.length);
                        for (var j = 0; j < message.rootfs.length; ++j)
                            object.rootfs[j] = $root.berth.shim.v1.Mount.toObject(message.rootfs[j], options, _depth + 1);
                    }
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                        object.stdin = message.stdin;
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        object.terminal = message.terminal;
                    if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath"))
                        object.logPath = message.logPath;
                    if (message.ioSocket != null && $Object.hasOwnProperty.call(message, "ioSocket"))
                        object.ioSocket = message.ioSocket;
                    if (message.logDriver != null && $Object.hasOwnProperty.call(message, "logDriver"))
                        object.logDriver = message.logDriver;
                    var keys2;
                    if (message.logOptions && (keys2 = $Object.keys(message.logOptions)).length) {
                        object.logOptions = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.logOptions, keys2[j]);
                            object.logOptions[keys2[j]] = message.logOptions[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this CreateTaskRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateTaskRequest.prototype.toJSON = function() {
                    return CreateTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateTaskRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.CreateTaskRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTaskRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.CreateTaskRequest";
                };

                return CreateTaskRequest;
            })();

            v1.CreateTaskResponse = (function() {

                /**
                 * Properties of a CreateTaskResponse.
                 * @typedef {Object} berth.shim.v1.CreateTaskResponse.$Properties
                 * @property {number|null} [pid] CreateTaskResponse pid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTaskResponse.
                 * @memberof berth.shim.v1
                 * @interface ICreateTaskResponse
                 * @augments berth.shim.v1.CreateTaskResponse.$Properties
                 * @deprecated Use berth.shim.v1.CreateTaskResponse.$Properties instead.
                 */

                /**
                 * Shape of a CreateTaskResponse.
                 * @typedef {berth.shim.v1.CreateTaskResponse.$Properties} berth.shim.v1.CreateTaskResponse.$Shape
                 */

                /**
                 * Constructs a new CreateTaskResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a CreateTaskResponse.
                 * @constructor
                 * @param {berth.shim.v1.CreateTaskResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CreateTaskResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateTaskResponse pid.
                 * @member {number} pid
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @instance
                 */
                CreateTaskResponse.prototype.pid = 0;

                /**
                 * Creates a new CreateTaskResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {berth.shim.v1.CreateTaskResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.CreateTaskResponse} CreateTaskResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.CreateTaskResponse.$Shape): berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape;
                 *   (properties?: berth.shim.v1.CreateTaskResponse.$Properties): berth.shim.v1.CreateTaskResponse;
                 * }}
                 */
                CreateTaskResponse.create = function(properties) {
                    return new CreateTaskResponse(properties);
                };

                /**
                 * Encodes the specified CreateTaskResponse message. Does not implicitly {@link berth.shim.v1.CreateTaskResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {berth.shim.v1.CreateTaskResponse.$Properties} message CreateTaskResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CreateTaskResponse message, length delimited. Does not implicitly {@link berth.shim.v1.CreateTaskResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {berth.shim.v1.CreateTaskResponse.$Properties} message CreateTaskResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape} CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.CreateTaskResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape} CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CreateTaskResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateTaskResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        if (!$util.isInteger(message.pid))
                            return "pid: integer expected";
                    return null;
                };

                /**
                 * Creates a CreateTaskResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.CreateTaskResponse} CreateTaskResponse
                 */
                CreateTaskResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.CreateTaskResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.CreateTaskResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.CreateTaskResponse();
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a CreateTaskResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {berth.shim.v1.CreateTaskResponse} message CreateTaskResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateTaskResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.pid = 0;
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    return object;
                };

                /**
                 * Converts this CreateTaskResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateTaskResponse.prototype.toJSON = function() {
                    return CreateTaskResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateTaskResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.CreateTaskResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTaskResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.CreateTaskResponse";
                };

                return CreateTaskResponse;
            })();

            v1.StartRequest = (function() {

                /**
                 * Properties of a StartRequest.
                 * @typedef {Object} berth.shim.v1.StartRequest.$Properties
                 * @property {string|null} [id] StartRequest id
                 * @property {string|null} [execId] StartRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartRequest.
                 * @memberof berth.shim.v1
                 * @interface IStartRequest
                 * @augments berth.shim.v1.StartRequest.$Properties
                 * @deprecated Use berth.shim.v1.StartRequest.$Properties instead.
                 */

                /**
                 * Shape of a StartRequest.
                 * @typedef {berth.shim.v1.StartRequest.$Properties} berth.shim.v1.StartRequest.$Shape
                 */

                /**
                 * Constructs a new StartRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a StartRequest.
                 * @constructor
                 * @param {berth.shim.v1.StartRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StartRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.StartRequest
                 * @instance
                 */
                StartRequest.prototype.id = "";

                /**
                 * StartRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.StartRequest
                 * @instance
                 */
                StartRequest.prototype.execId = "";

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {berth.shim.v1.StartRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.StartRequest} StartRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.StartRequest.$Shape): berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape;
                 *   (properties?: berth.shim.v1.StartRequest.$Properties): berth.shim.v1.StartRequest;
                 * }}
                 */
                StartRequest.create = function(properties) {
                    return new StartRequest(properties);
                };

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link berth.shim.v1.StartRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {berth.shim.v1.StartRequest.$Properties} message StartRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StartRequest message, length delimited. Does not implicitly {@link berth.shim.v1.StartRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {berth.shim.v1.StartRequest.$Properties} message StartRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.StartRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StartRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StartRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StartRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    return null;
                };

                /**
                 * Creates a StartRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.StartRequest} StartRequest
                 */
                StartRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.StartRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.StartRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.StartRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    return message;
                };

                /**
                 * Creates a plain object from a StartRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {berth.shim.v1.StartRequest} message StartRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StartRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    return object;
                };

                /**
                 * Converts this StartRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.StartRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StartRequest.prototype.toJSON = function() {
                    return StartRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StartRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.StartRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.StartRequest";
                };

                return StartRequest;
            })();

            v1.StartResponse = (function() {

                /**
                 * Properties of a StartResponse.
                 * @typedef {Object} berth.shim.v1.StartResponse.$Properties
                 * @property {number|null} [pid] StartResponse pid
                 * @property {boolean|null} [exited] StartResponse exited
                 * @property {number|null} [exitStatus] StartResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] StartResponse exitedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartResponse.
                 * @memberof berth.shim.v1
                 * @interface IStartResponse
                 * @augments berth.shim.v1.StartResponse.$Properties
                 * @deprecated Use berth.shim.v1.StartResponse.$Properties instead.
                 */

                /**
                 * Shape of a StartResponse.
                 * @typedef {berth.shim.v1.StartResponse.$Properties} berth.shim.v1.StartResponse.$Shape
                 */

                /**
                 * Constructs a new StartResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a StartResponse.
                 * @constructor
                 * @param {berth.shim.v1.StartResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StartResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartResponse pid.
                 * @member {number} pid
                 * @memberof berth.shim.v1.StartResponse
                 * @instance
                 */
                StartResponse.prototype.pid = 0;

                /**
                 * StartResponse exited.
                 * @member {boolean} exited
                 * @memberof berth.shim.v1.StartResponse
                 * @instance
                 */
                StartResponse.prototype.exited = false;

                /**
                 * StartResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof berth.shim.v1.StartResponse
                 * @instance
                 */
                StartResponse.prototype.exitStatus = 0;

                /**
                 * StartResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof berth.shim.v1.StartResponse
                 * @instance
                 */
                StartResponse.prototype.exitedAt = null;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {berth.shim.v1.StartResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.StartResponse} StartResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.StartResponse.$Shape): berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape;
                 *   (properties?: berth.shim.v1.StartResponse.$Properties): berth.shim.v1.StartResponse;
                 * }}
                 */
                StartResponse.create = function(properties) {
                    return new StartResponse(properties);
                };

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link berth.shim.v1.StartResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {berth.shim.v1.StartResponse.$Properties} message StartResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.exited != null && $Object.hasOwnProperty.call(message, "exited") && message.exited !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.exited);
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StartResponse message, length delimited. Does not implicitly {@link berth.shim.v1.StartResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {berth.shim.v1.StartResponse.$Properties} message StartResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.StartResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.exited = value;
                                else
                                    delete message.exited;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StartResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StartResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StartResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        if (!$util.isInteger(message.pid))
                            return "pid: integer expected";
                    if (message.exited != null && $Object.hasOwnProperty.call(message, "exited"))
                        if (typeof message.exited !== "boolean")
                            return "exited: boolean expected";
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        if (!$util.isInteger(message.exitStatus))
                            return "exitStatus: integer expected";
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt")) {
                        var error = $root.google.protobuf.Timestamp.verify(message.exitedAt, _depth + 1);
                        if (error)
                            return "exitedAt." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StartResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.StartResponse} StartResponse
                 */
                StartResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.StartResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.StartResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.StartResponse();
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.exited != null)
                        if (object.exited)
                            message.exited = $Boolean(object.exited);
                    if (object.exitStatus != null)
                        if ($Number(object.exitStatus) !== 0)
                            message.exitStatus = object.exitStatus >>> 0;
                    if (object.exitedAt != null) {
                        if (!$util.isObject(object.exitedAt))
                            throw $TypeError(".berth.shim.v1.StartResponse.exitedAt: object expected");
                        message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StartResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {berth.shim.v1.StartResponse} message StartResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StartResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.pid = 0;
                        object.exited = false;
                        object.exitStatus = 0;
                        object.exitedAt = null;
                    }
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.exited != null && $Object.hasOwnProperty.call(message, "exited"))
                        object.exited = message.exited;
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StartResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.StartResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StartResponse.prototype.toJSON = function() {
                    return StartResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StartResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.StartResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.StartResponse";
                };

                return StartResponse;
            })();

            v1.KillRequest = (function() {

                /**
                 * Properties of a KillRequest.
                 * @typedef {Object} berth.shim.v1.KillRequest.$Properties
                 * @property {string|null} [id] KillRequest id
                 * @property {number|null} [signal] KillRequest signal
                 * @property {boolean|null} [all] KillRequest all
                 * @property {string|null} [execId] KillRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KillRequest.
                 * @memberof berth.shim.v1
                 * @interface IKillRequest
                 * @augments berth.shim.v1.KillRequest.$Properties
                 * @deprecated Use berth.shim.v1.KillRequest.$Properties instead.
                 */

                /**
                 * Shape of a KillRequest.
                 * @typedef {berth.shim.v1.KillRequest.$Properties} berth.shim.v1.KillRequest.$Shape
                 */

                /**
                 * Constructs a new KillRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a KillRequest.
                 * @constructor
                 * @param {berth.shim.v1.KillRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var KillRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KillRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.id = "";

                /**
                 * KillRequest signal.
                 * @member {number} signal
                 * @memberof berth.shim.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.signal = 0;

                /**
                 * KillRequest all.
                 * @member {boolean} all
                 * @memberof berth.shim.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.all = false;

                /**
                 * KillRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.execId = "";

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {berth.shim.v1.KillRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.KillRequest} KillRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.KillRequest.$Shape): berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape;
                 *   (properties?: berth.shim.v1.KillRequest.$Properties): berth.shim.v1.KillRequest;
                 * }}
                 */
                KillRequest.create = function(properties) {
                    return new KillRequest(properties);
                };

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link berth.shim.v1.KillRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {berth.shim.v1.KillRequest.$Properties} message KillRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.signal);
                    if (message.all != null && $Object.hasOwnProperty.call(message, "all") && message.all !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.all);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified KillRequest message, length delimited. Does not implicitly {@link berth.shim.v1.KillRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {berth.shim.v1.KillRequest.$Properties} message KillRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.KillRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.signal = value;
                                else
                                    delete message.signal;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.all = value;
                                else
                                    delete message.all;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a KillRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a KillRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                KillRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                        if (!$util.isInteger(message.signal))
                            return "signal: integer expected";
                    if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                        if (typeof message.all !== "boolean")
                            return "all: boolean expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    return null;
                };

                /**
                 * Creates a KillRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.KillRequest} KillRequest
                 */
                KillRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.KillRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.KillRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.KillRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.signal != null)
                        if ($Number(object.signal) !== 0)
                            message.signal = object.signal >>> 0;
                    if (object.all != null)
                        if (object.all)
                            message.all = $Boolean(object.all);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    return message;
                };

                /**
                 * Creates a plain object from a KillRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {berth.shim.v1.KillRequest} message KillRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KillRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.signal = 0;
                        object.all = false;
                        object.execId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                        object.signal = message.signal;
                    if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                        object.all = message.all;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    return object;
                };

                /**
                 * Converts this KillRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.KillRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KillRequest.prototype.toJSON = function() {
                    return KillRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KillRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.KillRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KillRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.KillRequest";
                };

                return KillRequest;
            })();

            v1.WaitRequest = (function() {

                /**
                 * Properties of a WaitRequest.
                 * @typedef {Object} berth.shim.v1.WaitRequest.$Properties
                 * @property {string|null} [id] WaitRequest id
                 * @property {string|null} [execId] WaitRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WaitRequest.
                 * @memberof berth.shim.v1
                 * @interface IWaitRequest
                 * @augments berth.shim.v1.WaitRequest.$Properties
                 * @deprecated Use berth.shim.v1.WaitRequest.$Properties instead.
                 */

                /**
                 * Shape of a WaitRequest.
                 * @typedef {berth.shim.v1.WaitRequest.$Properties} berth.shim.v1.WaitRequest.$Shape
                 */

                /**
                 * Constructs a new WaitRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a WaitRequest.
                 * @constructor
                 * @param {berth.shim.v1.WaitRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var WaitRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WaitRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.id = "";

                /**
                 * WaitRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.execId = "";

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {berth.shim.v1.WaitRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.WaitRequest} WaitRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.WaitRequest.$Shape): berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape;
                 *   (properties?: berth.shim.v1.WaitRequest.$Properties): berth.shim.v1.WaitRequest;
                 * }}
                 */
                WaitRequest.create = function(properties) {
                    return new WaitRequest(properties);
                };

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link berth.shim.v1.WaitRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {berth.shim.v1.WaitRequest.$Properties} message WaitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified WaitRequest message, length delimited. Does not implicitly {@link berth.shim.v1.WaitRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {berth.shim.v1.WaitRequest.$Properties} message WaitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.WaitRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a WaitRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WaitRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    return null;
                };

                /**
                 * Creates a WaitRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.WaitRequest} WaitRequest
                 */
                WaitRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.WaitRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.WaitRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.WaitRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    return message;
                };

                /**
                 * Creates a plain object from a WaitRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {berth.shim.v1.WaitRequest} message WaitRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WaitRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    return object;
                };

                /**
                 * Converts this WaitRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.WaitRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WaitRequest.prototype.toJSON = function() {
                    return WaitRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WaitRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.WaitRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WaitRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.WaitRequest";
                };

                return WaitRequest;
            })();

            v1.WaitResponse = (function() {

                /**
                 * Properties of a WaitResponse.
                 * @typedef {Object} berth.shim.v1.WaitResponse.$Properties
                 * @property {number|null} [exitStatus] WaitResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] WaitResponse exitedAt
                 * @property {boolean|null} [oomKilled] WaitResponse oomKilled
                 * @property {string|null} [reason] WaitResponse reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WaitResponse.
                 * @memberof berth.shim.v1
                 * @interface IWaitResponse
                 * @augments berth.shim.v1.WaitResponse.$Properties
                 * @deprecated Use berth.shim.v1.WaitResponse.$Properties instead.
                 */

                /**
                 * Shape of a WaitResponse.
                 * @typedef {berth.shim.v1.WaitResponse.$Properties} berth.shim.v1.WaitResponse.$Shape
                 */

                /**
                 * Constructs a new WaitResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a WaitResponse.
                 * @constructor
                 * @param {berth.shim.v1.WaitResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var WaitResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WaitResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof berth.shim.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitStatus = 0;

                /**
                 * WaitResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof berth.shim.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitedAt = null;

                /**
                 * WaitResponse oomKilled.
                 * @member {boolean} oomKilled
                 * @memberof berth.shim.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.oomKilled = false;

                /**
                 * WaitResponse reason.
                 * @member {string} reason
                 * @memberof berth.shim.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.reason = "";

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {berth.shim.v1.WaitResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.WaitResponse} WaitResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.WaitResponse.$Shape): berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape;
                 *   (properties?: berth.shim.v1.WaitResponse.$Properties): berth.shim.v1.WaitResponse;
                 * }}
                 */
                WaitResponse.create = function(properties) {
                    return new WaitResponse(properties);
                };

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link berth.shim.v1.WaitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {berth.shim.v1.WaitResponse.$Properties} message WaitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled") && message.oomKilled !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.oomKilled);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified WaitResponse message, length delimited. Does not implicitly {@link berth.shim.v1.WaitResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {berth.shim.v1.WaitResponse.$Properties} message WaitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.WaitResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.oomKilled = value;
                                else
                                    delete message.oomKilled;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a WaitResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WaitResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        if (!$util.isInteger(message.exitStatus))
                            return "exitStatus: integer expected";
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt")) {
                        var error = $root.google.protobuf.Timestamp.verify(message.exitedAt, _depth + 1);
                        if (error)
                            return "exitedAt." + error;
                    }
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled"))
                        if (typeof message.oomKilled !== "boolean")
                            return "oomKilled: boolean expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a WaitResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.WaitResponse} WaitResponse
                 */
                WaitResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.WaitResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.WaitResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.WaitResponse();
                    if (object.exitStatus != null)
                        if ($Number(object.exitStatus) !== 0)
                            message.exitStatus = object.exitStatus >>> 0;
                    if (object.exitedAt != null) {
                        if (!$util.isObject(object.exitedAt))
                            throw $TypeError(".berth.shim.v1.WaitResponse.exitedAt: object expected");
                        message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                    }
                    if (object.oomKilled != null)
                        if (object.oomKilled)
                            message.oomKilled = $Boolean(object.oomKilled);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a WaitResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {berth.shim.v1.WaitResponse} message WaitResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WaitResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.exitStatus = 0;
                        object.exitedAt = null;
                        object.oomKilled = false;
                        object.reason = "";
                    }
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled"))
                        object.oomKilled = message.oomKilled;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this WaitResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.WaitResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WaitResponse.prototype.toJSON = function() {
                    return WaitResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WaitResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.WaitResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WaitResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.WaitResponse";
                };

                return WaitResponse;
            })();

            v1.DeleteRequest = (function() {

                /**
                 * Properties of a DeleteRequest.
                 * @typedef {Object} berth.shim.v1.DeleteRequest.$Properties
                 * @property {string|null} [id] DeleteRequest id
                 * @property {string|null} [execId] DeleteRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeleteRequest.
                 * @memberof berth.shim.v1
                 * @interface IDeleteRequest
                 * @augments berth.shim.v1.DeleteRequest.$Properties
                 * @deprecated Use berth.shim.v1.DeleteRequest.$Properties instead.
                 */

                /**
                 * Shape of a DeleteRequest.
                 * @typedef {berth.shim.v1.DeleteRequest.$Properties} berth.shim.v1.DeleteRequest.$Shape
                 */

                /**
                 * Constructs a new DeleteRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a DeleteRequest.
                 * @constructor
                 * @param {berth.shim.v1.DeleteRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var DeleteRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DeleteRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.id = "";

                /**
                 * DeleteRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.execId = "";

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {berth.shim.v1.DeleteRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.DeleteRequest} DeleteRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.DeleteRequest.$Shape): berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape;
                 *   (properties?: berth.shim.v1.DeleteRequest.$Properties): berth.shim.v1.DeleteRequest;
                 * }}
                 */
                DeleteRequest.create = function(properties) {
                    return new DeleteRequest(properties);
                };

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link berth.shim.v1.DeleteRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {berth.shim.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DeleteRequest message, length delimited. Does not implicitly {@link berth.shim.v1.DeleteRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {berth.shim.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.DeleteRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DeleteRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DeleteRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    return null;
                };

                /**
                 * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.DeleteRequest} DeleteRequest
                 */
                DeleteRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.DeleteRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.DeleteRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.DeleteRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    return message;
                };

                /**
                 * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {berth.shim.v1.DeleteRequest} message DeleteRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeleteRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    return object;
                };

                /**
                 * Converts this DeleteRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.DeleteRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeleteRequest.prototype.toJSON = function() {
                    return DeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DeleteRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.DeleteRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeleteRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.DeleteRequest";
                };

                return DeleteRequest;
            })();

            v1.DeleteResponse = (function() {

                /**
                 * Properties of a DeleteResponse.
                 * @typedef {Object} berth.shim.v1.DeleteResponse.$Properties
                 * @property {number|null} [pid] DeleteResponse pid
                 * @property {number|null} [exitStatus] DeleteResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] DeleteResponse exitedAt
                 * @property {boolean|null} [oomKilled] DeleteResponse oomKilled
                 * @property {string|null} [reason] DeleteResponse reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeleteResponse.
                 * @memberof berth.shim.v1
                 * @interface IDeleteResponse
                 * @augments berth.shim.v1.DeleteResponse.$Properties
                 * @deprecated Use berth.shim.v1.DeleteResponse.$Properties instead.
                 */

                /**
                 * Shape of a DeleteResponse.
                 * @typedef {berth.shim.v1.DeleteResponse.$Properties} berth.shim.v1.DeleteResponse.$Shape
                 */

                /**
                 * Constructs a new DeleteResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a DeleteResponse.
                 * @constructor
                 * @param {berth.shim.v1.DeleteResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var DeleteResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DeleteResponse pid.
                 * @member {number} pid
                 * @memberof berth.shim.v1.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.pid = 0;

                /**
                 * DeleteResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof berth.shim.v1.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.exitStatus = 0;

                /**
                 * DeleteResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof berth.shim.v1.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.exitedAt = null;

                /**
                 * DeleteResponse oomKilled.
                 * @member {boolean} oomKilled
                 * @memberof berth.shim.v1.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.oomKilled = false;

                /**
                 * DeleteResponse reason.
                 * @member {string} reason
                 * @memberof berth.shim.v1.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.reason = "";

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {berth.shim.v1.DeleteResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.DeleteResponse} DeleteResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.DeleteResponse.$Shape): berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape;
                 *   (properties?: berth.shim.v1.DeleteResponse.$Properties): berth.shim.v1.DeleteResponse;
                 * }}
                 */
                DeleteResponse.create = function(properties) {
                    return new DeleteResponse(properties);
                };

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link berth.shim.v1.DeleteResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {berth.shim.v1.DeleteResponse.$Properties} message DeleteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled") && message.oomKilled !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.oomKilled);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DeleteResponse message, length delimited. Does not implicitly {@link berth.shim.v1.DeleteResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {berth.shim.v1.DeleteResponse.$Properties} message DeleteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.DeleteResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.oomKilled = value;
                                else
                                    delete message.oomKilled;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DeleteResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DeleteResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        if (!$util.isInteger(message.pid))
                            return "pid: integer expected";
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        if (!$util.isInteger(message.exitStatus))
                            return "exitStatus: integer expected";
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt")) {
                        var error = $root.google.protobuf.Timestamp.verify(message.exitedAt, _depth + 1);
                        if (error)
                            return "exitedAt." + error;
                    }
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled"))
                        if (typeof message.oomKilled !== "boolean")
                            return "oomKilled: boolean expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a DeleteResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.DeleteResponse} DeleteResponse
                 */
                DeleteResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.DeleteResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.DeleteResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.DeleteResponse();
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.exitStatus != null)
                        if ($Number(object.exitStatus) !== 0)
                            message.exitStatus = object.exitStatus >>> 0;
                    if (object.exitedAt != null) {
                        if (!$util.isObject(object.exitedAt))
                            throw $TypeError(".berth.shim.v1.DeleteResponse.exitedAt: object expected");
                        message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                    }
                    if (object.oomKilled != null)
                        if (object.oomKilled)
                            message.oomKilled = $Boolean(object.oomKilled);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a DeleteResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {berth.shim.v1.DeleteResponse} message DeleteResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeleteResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.pid = 0;
                        object.exitStatus = 0;
                        object.exitedAt = null;
                        object.oomKilled = false;
                        object.reason = "";
                    }
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled"))
                        object.oomKilled = message.oomKilled;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this DeleteResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.DeleteResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeleteResponse.prototype.toJSON = function() {
                    return DeleteResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DeleteResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.DeleteResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeleteResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.DeleteResponse";
                };

                return DeleteResponse;
            })();

            /**
             * Status enum.
             * @name berth.shim.v1.Status
             * @enum {number}
             * @property {number} STATUS_UNKNOWN=0 STATUS_UNKNOWN value
             * @property {number} STATUS_CREATED=1 STATUS_CREATED value
             * @property {number} STATUS_RUNNING=2 STATUS_RUNNING value
             * @property {number} STATUS_STOPPED=3 STATUS_STOPPED value
             * @property {number} STATUS_PAUSED=4 STATUS_PAUSED value
             */
            v1.Status = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNKNOWN"] = 0;
                values[valuesById[1] = "STATUS_CREATED"] = 1;
                values[valuesById[2] = "STATUS_RUNNING"] = 2;
                values[valuesById[3] = "STATUS_STOPPED"] = 3;
                values[valuesById[4] = "STATUS_PAUSED"] = 4;
                return values;
            })();

            v1.StateRequest = (function() {

                /**
                 * Properties of a StateRequest.
                 * @typedef {Object} berth.shim.v1.StateRequest.$Properties
                 * @property {string|null} [id] StateRequest id
                 * @property {string|null} [execId] StateRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateRequest.
                 * @memberof berth.shim.v1
                 * @interface IStateRequest
                 * @augments berth.shim.v1.StateRequest.$Properties
                 * @deprecated Use berth.shim.v1.StateRequest.$Properties instead.
                 */

                /**
                 * Shape of a StateRequest.
                 * @typedef {berth.shim.v1.StateRequest.$Properties} berth.shim.v1.StateRequest.$Shape
                 */

                /**
                 * Constructs a new StateRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a StateRequest.
                 * @constructor
                 * @param {berth.shim.v1.StateRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.StateRequest
                 * @instance
                 */
                StateRequest.prototype.id = "";

                /**
                 * StateRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.StateRequest
                 * @instance
                 */
                StateRequest.prototype.execId = "";

                /**
                 * Creates a new StateRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {berth.shim.v1.StateRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.StateRequest} StateRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.StateRequest.$Shape): berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape;
                 *   (properties?: berth.shim.v1.StateRequest.$Properties): berth.shim.v1.StateRequest;
                 * }}
                 */
                StateRequest.create = function(properties) {
                    return new StateRequest(properties);
                };

                /**
                 * Encodes the specified StateRequest message. Does not implicitly {@link berth.shim.v1.StateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {berth.shim.v1.StateRequest.$Properties} message StateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StateRequest message, length delimited. Does not implicitly {@link berth.shim.v1.StateRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {berth.shim.v1.StateRequest.$Properties} message StateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape} StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.StateRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StateRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape} StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StateRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    return null;
                };

                /**
                 * Creates a StateRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.StateRequest} StateRequest
                 */
                StateRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.StateRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.StateRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.StateRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    return message;
                };

                /**
                 * Creates a plain object from a StateRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {berth.shim.v1.StateRequest} message StateRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    return object;
                };

                /**
                 * Converts this StateRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.StateRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateRequest.prototype.toJSON = function() {
                    return StateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.StateRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.StateRequest";
                };

                return StateRequest;
            })();

            v1.StateResponse = (function() {

                /**
                 * Properties of a StateResponse.
                 * @typedef {Object} berth.shim.v1.StateResponse.$Properties
                 * @property {string|null} [id] StateResponse id
                 * @property {number|null} [pid] StateResponse pid
                 * @property {berth.shim.v1.Status|null} [status] StateResponse status
                 * @property {number|null} [exitStatus] StateResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] StateResponse exitedAt
                 * @property {boolean|null} [oomKilled] StateResponse oomKilled
                 * @property {string|null} [reason] StateResponse reason
                 * @property {string|null} [execId] StateResponse execId
                 * @property {boolean|null} [terminal] StateResponse terminal
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateResponse.
                 * @memberof berth.shim.v1
                 * @interface IStateResponse
                 * @augments berth.shim.v1.StateResponse.$Properties
                 * @deprecated Use berth.shim.v1.StateResponse.$Properties instead.
                 */

                /**
                 * Shape of a StateResponse.
                 * @typedef {berth.shim.v1.StateResponse.$Properties} berth.shim.v1.StateResponse.$Shape
                 */

                /**
                 * Constructs a new StateResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a StateResponse.
                 * @constructor
                 * @param {berth.shim.v1.StateResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StateResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateResponse id.
                 * @member {string} id
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.id = "";

                /**
                 * StateResponse pid.
                 * @member {number} pid
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.pid = 0;

                /**
                 * StateResponse status.
                 * @member {berth.shim.v1.Status} status
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.status = 0;

                /**
                 * StateResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.exitStatus = 0;

                /**
                 * StateResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.exitedAt = null;

                /**
                 * StateResponse oomKilled.
                 * @member {boolean} oomKilled
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.oomKilled = false;

                /**
                 * StateResponse reason.
                 * @member {string} reason
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.reason = "";

                /**
                 * StateResponse execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.execId = "";

                /**
                 * StateResponse terminal.
                 * @member {boolean} terminal
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 */
                StateResponse.prototype.terminal = false;

                /**
                 * Creates a new StateResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {berth.shim.v1.StateResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.StateResponse} StateResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.StateResponse.$Shape): berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape;
                 *   (properties?: berth.shim.v1.StateResponse.$Properties): berth.shim.v1.StateResponse;
                 * }}
                 */
                StateResponse.create = function(properties) {
                    return new StateResponse(properties);
                };

                /**
                 * Encodes the specified StateResponse message. Does not implicitly {@link berth.shim.v1.StateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {berth.shim.v1.StateResponse.$Properties} message StateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled") && message.oomKilled !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.oomKilled);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.reason);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.execId);
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.terminal);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StateResponse message, length delimited. Does not implicitly {@link berth.shim.v1.StateResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {berth.shim.v1.StateResponse.$Properties} message StateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape} StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.StateResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.oomKilled = value;
                                else
                                    delete message.oomKilled;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StateResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape} StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StateResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StateResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        if (!$util.isInteger(message.pid))
                            return "pid: integer expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        if (!$util.isInteger(message.exitStatus))
                            return "exitStatus: integer expected";
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt")) {
                        var error = $root.google.protobuf.Timestamp.verify(message.exitedAt, _depth + 1);
                        if (error)
                            return "exitedAt." + error;
                    }
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled"))
                        if (typeof message.oomKilled !== "boolean")
                            return "oomKilled: boolean expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        if (typeof message.terminal !== "boolean")
                            return "terminal: boolean expected";
                    return null;
                };

                /**
                 * Creates a StateResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.StateResponse} StateResponse
                 */
                StateResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.StateResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.StateResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.StateResponse();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.berth.shim.v1.Status[object.status] !== 0))
                        switch (object.status) {
                        case "STATUS_UNKNOWN":
                        case 0:
                            message.status = 0;
                            break;
                        case "STATUS_CREATED":
                        case 1:
                            message.status = 1;
                            break;
                        case "STATUS_RUNNING":
                        case 2:
                            message.status = 2;
                            break;
                        case "STATUS_STOPPED":
                        case 3:
                            message.status = 3;
                            break;
                        case "STATUS_PAUSED":
                        case 4:
                            message.status = 4;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.exitStatus != null)
                        if ($Number(object.exitStatus) !== 0)
                            message.exitStatus = object.exitStatus >>> 0;
                    if (object.exitedAt != null) {
                        if (!$util.isObject(object.exitedAt))
                            throw $TypeError(".berth.shim.v1.StateResponse.exitedAt: object expected");
                        message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                    }
                    if (object.oomKilled != null)
                        if (object.oomKilled)
                            message.oomKilled = $Boolean(object.oomKilled);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    if (object.terminal != null)
                        if (object.terminal)
                            message.terminal = $Boolean(object.terminal);
                    return message;
                };

                /**
                 * Creates a plain object from a StateResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {berth.shim.v1.StateResponse} message StateResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StateResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.pid = 0;
                        object.status = options.enums === $String ? "STATUS_UNKNOWN" : 0;
                        object.exitStatus = 0;
                        object.exitedAt = null;
                        object.oomKilled = false;
                        object.reason = "";
                        object.execId = "";
                        object.terminal = false;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.berth.shim.v1.Status[message.status] === $undefined ? message.status : $root.berth.shim.v1.Status[message.status] : message.status;
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                    if (message.oomKilled != null && $Object.hasOwnProperty.call(message, "oomKilled"))
                        object.oomKilled = message.oomKilled;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        object.terminal = message.terminal;
                    return object;
                };

                /**
                 * Converts this StateResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.StateResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StateResponse.prototype.toJSON = function() {
                    return StateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StateResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.StateResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.StateResponse";
                };

                return StateResponse;
            })();

            v1.PidsRequest = (function() {

                /**
                 * Properties of a PidsRequest.
                 * @typedef {Object} berth.shim.v1.PidsRequest.$Properties
                 * @property {string|null} [id] PidsRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PidsRequest.
                 * @memberof berth.shim.v1
                 * @interface IPidsRequest
                 * @augments berth.shim.v1.PidsRequest.$Properties
                 * @deprecated Use berth.shim.v1.PidsRequest.$Properties instead.
                 */

                /**
                 * Shape of a PidsRequest.
                 * @typedef {berth.shim.v1.PidsRequest.$Properties} berth.shim.v1.PidsRequest.$Shape
                 */

                /**
                 * Constructs a new PidsRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a PidsRequest.
                 * @constructor
                 * @param {berth.shim.v1.PidsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PidsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PidsRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.PidsRequest
                 * @instance
                 */
                PidsRequest.prototype.id = "";

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {berth.shim.v1.PidsRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.PidsRequest} PidsRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.PidsRequest.$Shape): berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape;
                 *   (properties?: berth.shim.v1.PidsRequest.$Properties): berth.shim.v1.PidsRequest;
                 * }}
                 */
                PidsRequest.create = function(properties) {
                    return new PidsRequest(properties);
                };

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link berth.shim.v1.PidsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {berth.shim.v1.PidsRequest.$Properties} message PidsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PidsRequest message, length delimited. Does not implicitly {@link berth.shim.v1.PidsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {berth.shim.v1.PidsRequest.$Properties} message PidsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.PidsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PidsRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PidsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    return null;
                };

                /**
                 * Creates a PidsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.PidsRequest} PidsRequest
                 */
                PidsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.PidsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.PidsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.PidsRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                /**
                 * Creates a plain object from a PidsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {berth.shim.v1.PidsRequest} message PidsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PidsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this PidsRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.PidsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PidsRequest.prototype.toJSON = function() {
                    return PidsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PidsRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.PidsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PidsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.PidsRequest";
                };

                return PidsRequest;
            })();

            v1.PidsResponse = (function() {

                /**
                 * Properties of a PidsResponse.
                 * @typedef {Object} berth.shim.v1.PidsResponse.$Properties
                 * @property {Array.<number>|null} [pids] PidsResponse pids
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PidsResponse.
                 * @memberof berth.shim.v1
                 * @interface IPidsResponse
                 * @augments berth.shim.v1.PidsResponse.$Properties
                 * @deprecated Use berth.shim.v1.PidsResponse.$Properties instead.
                 */

                /**
                 * Shape of a PidsResponse.
                 * @typedef {berth.shim.v1.PidsResponse.$Properties} berth.shim.v1.PidsResponse.$Shape
                 */

                /**
                 * Constructs a new PidsResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a PidsResponse.
                 * @constructor
                 * @param {berth.shim.v1.PidsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PidsResponse = function (properties) {
                    this.pids = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PidsResponse pids.
                 * @member {Array.<number>} pids
                 * @memberof berth.shim.v1.PidsResponse
                 * @instance
                 */
                PidsResponse.prototype.pids = $util.emptyArray;

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {berth.shim.v1.PidsResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.PidsResponse} PidsResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.PidsResponse.$Shape): berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape;
                 *   (properties?: berth.shim.v1.PidsResponse.$Properties): berth.shim.v1.PidsResponse;
                 * }}
                 */
                PidsResponse.create = function(properties) {
                    return new PidsResponse(properties);
                };

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link berth.shim.v1.PidsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {berth.shim.v1.PidsResponse.$Properties} message PidsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pids != null && message.pids.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.pids);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PidsResponse message, length delimited. Does not implicitly {@link berth.shim.v1.PidsResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {berth.shim.v1.PidsResponse.$Properties} message PidsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.PidsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.pids && message.pids.length))
                                        message.pids = [];
                                    reader.uint32s(message.pids);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.pids && message.pids.length))
                                    message.pids = [];
                                message.pids.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PidsResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PidsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.pids != null && $Object.hasOwnProperty.call(message, "pids")) {
                        if (!$Array.isArray(message.pids))
                            return "pids: array expected";
                        for (var i = 0; i < message.pids.length; ++i)
                            if (!$util.isInteger(message.pids[i]))
                                return "pids: integer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a PidsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.PidsResponse} PidsResponse
                 */
                PidsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.PidsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.PidsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.PidsResponse();
                    if (object.pids) {
                        if (!$Array.isArray(object.pids))
                            throw $TypeError(".berth.shim.v1.PidsResponse.pids: array expected");
                        message.pids = $Array(object.pids.length);
                        for (var i = 0; i < object.pids.length; ++i)
                            message.pids[i] = object.pids[i] >>> 0;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PidsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {berth.shim.v1.PidsResponse} message PidsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PidsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.pids = [];
                    if (message.pids && message.pids.length) {
                        object.pids = $Array(message.pids.length);
                        for (var j = 0; j < message.pids.length; ++j)
                            object.pids[j] = message.pids[j];
                    }
                    return object;
                };

                /**
                 * Converts this PidsResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.PidsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PidsResponse.prototype.toJSON = function() {
                    return PidsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PidsResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.PidsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PidsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.PidsResponse";
                };

                return PidsResponse;
            })();

            v1.ShutdownRequest = (function() {

                /**
                 * Properties of a ShutdownRequest.
                 * @typedef {Object} berth.shim.v1.ShutdownRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShutdownRequest.
                 * @memberof berth.shim.v1
                 * @interface IShutdownRequest
                 * @augments berth.shim.v1.ShutdownRequest.$Properties
                 * @deprecated Use berth.shim.v1.ShutdownRequest.$Properties instead.
                 */

                /**
                 * Shape of a ShutdownRequest.
                 * @typedef {berth.shim.v1.ShutdownRequest.$Properties} berth.shim.v1.ShutdownRequest.$Shape
                 */

                /**
                 * Constructs a new ShutdownRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a ShutdownRequest.
                 * @constructor
                 * @param {berth.shim.v1.ShutdownRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ShutdownRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {berth.shim.v1.ShutdownRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.ShutdownRequest} ShutdownRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.ShutdownRequest.$Shape): berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape;
                 *   (properties?: berth.shim.v1.ShutdownRequest.$Properties): berth.shim.v1.ShutdownRequest;
                 * }}
                 */
                ShutdownRequest.create = function(properties) {
                    return new ShutdownRequest(properties);
                };

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link berth.shim.v1.ShutdownRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {berth.shim.v1.ShutdownRequest.$Properties} message ShutdownRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShutdownRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ShutdownRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ShutdownRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {berth.shim.v1.ShutdownRequest.$Properties} message ShutdownRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShutdownRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShutdownRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.ShutdownRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShutdownRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ShutdownRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ShutdownRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a ShutdownRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.ShutdownRequest} ShutdownRequest
                 */
                ShutdownRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.ShutdownRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.ShutdownRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.berth.shim.v1.ShutdownRequest();
                };

                /**
                 * Creates a plain object from a ShutdownRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {berth.shim.v1.ShutdownRequest} message ShutdownRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ShutdownRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this ShutdownRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ShutdownRequest.prototype.toJSON = function() {
                    return ShutdownRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ShutdownRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.ShutdownRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ShutdownRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.ShutdownRequest";
                };

                return ShutdownRequest;
            })();

            v1.User = (function() {

                /**
                 * Properties of a User.
                 * @typedef {Object} berth.shim.v1.User.$Properties
                 * @property {number|null} [uid] User uid
                 * @property {number|null} [gid] User gid
                 * @property {Array.<number>|null} [additionalGids] User additionalGids
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a User.
                 * @memberof berth.shim.v1
                 * @interface IUser
                 * @augments berth.shim.v1.User.$Properties
                 * @deprecated Use berth.shim.v1.User.$Properties instead.
                 */

                /**
                 * Shape of a User.
                 * @typedef {berth.shim.v1.User.$Properties} berth.shim.v1.User.$Shape
                 */

                /**
                 * Constructs a new User.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a User.
                 * @constructor
                 * @param {berth.shim.v1.User.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var User = function (properties) {
                    this.additionalGids = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * User uid.
                 * @member {number} uid
                 * @memberof berth.shim.v1.User
                 * @instance
                 */
                User.prototype.uid = 0;

                /**
                 * User gid.
                 * @member {number} gid
                 * @memberof berth.shim.v1.User
                 * @instance
                 */
                User.prototype.gid = 0;

                /**
                 * User additionalGids.
                 * @member {Array.<number>} additionalGids
                 * @memberof berth.shim.v1.User
                 * @instance
                 */
                User.prototype.additionalGids = $util.emptyArray;

                /**
                 * Creates a new User instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {berth.shim.v1.User.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.User} User instance
                 * @type {{
                 *   (properties: berth.shim.v1.User.$Shape): berth.shim.v1.User & berth.shim.v1.User.$Shape;
                 *   (properties?: berth.shim.v1.User.$Properties): berth.shim.v1.User;
                 * }}
                 */
                User.create = function(properties) {
                    return new User(properties);
                };

                /**
                 * Encodes the specified User message. Does not implicitly {@link berth.shim.v1.User.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {berth.shim.v1.User.$Properties} message User message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                User.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uid);
                    if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.gid);
                    if (message.additionalGids != null && message.additionalGids.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.additionalGids);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified User message, length delimited. Does not implicitly {@link berth.shim.v1.User.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {berth.shim.v1.User.$Properties} message User message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                User.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a User message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.User & berth.shim.v1.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                User.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.User();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.uid = value;
                                else
                                    delete message.uid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.gid = value;
                                else
                                    delete message.gid;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.additionalGids && message.additionalGids.length))
                                        message.additionalGids = [];
                                    reader.uint32s(message.additionalGids);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.additionalGids && message.additionalGids.length))
                                    message.additionalGids = [];
                                message.additionalGids.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a User message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.User & berth.shim.v1.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                User.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a User message.
                 * @function verify
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                User.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        if (!$util.isInteger(message.uid))
                            return "uid: integer expected";
                    if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                        if (!$util.isInteger(message.gid))
                            return "gid: integer expected";
                    if (message.additionalGids != null && $Object.hasOwnProperty.call(message, "additionalGids")) {
                        if (!$Array.isArray(message.additionalGids))
                            return "additionalGids: array expected";
                        for (var i = 0; i < message.additionalGids.length; ++i)
                            if (!$util.isInteger(message.additionalGids[i]))
                                return "additionalGids: integer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a User message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.User} User
                 */
                User.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.User)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.User: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.User();
                    if (object.uid != null)
                        if ($Number(object.uid) !== 0)
                            message.uid = object.uid >>> 0;
                    if (object.gid != null)
                        if ($Number(object.gid) !== 0)
                            message.gid = object.gid >>> 0;
                    if (object.additionalGids) {
                        if (!$Array.isArray(object.additionalGids))
                            throw $TypeError(".berth.shim.v1.User.additionalGids: array expected");
                        message.additionalGids = $Array(object.additionalGids.length);
                        for (var i = 0; i < object.additionalGids.length; ++i)
                            message.additionalGids[i] = object.additionalGids[i] >>> 0;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a User message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {berth.shim.v1.User} message User
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                User.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.additionalGids = [];
                    if (options.defaults) {
                        object.uid = 0;
                        object.gid = 0;
                    }
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        object.uid = message.uid;
                    if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                        object.gid = message.gid;
                    if (message.additionalGids && message.additionalGids.length) {
                        object.additionalGids = $Array(message.additionalGids.length);
                        for (var j = 0; j < message.additionalGids.length; ++j)
                            object.additionalGids[j] = message.additionalGids[j];
                    }
                    return object;
                };

                /**
                 * Converts this User to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.User
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                User.prototype.toJSON = function() {
                    return User.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for User
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.User
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                User.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.User";
                };

                return User;
            })();

            v1.ExecProcessRequest = (function() {

                /**
                 * Properties of an ExecProcessRequest.
                 * @typedef {Object} berth.shim.v1.ExecProcessRequest.$Properties
                 * @property {string|null} [id] ExecProcessRequest id
                 * @property {string|null} [execId] ExecProcessRequest execId
                 * @property {Array.<string>|null} [args] ExecProcessRequest args
                 * @property {Array.<string>|null} [env] ExecProcessRequest env
                 * @property {string|null} [cwd] ExecProcessRequest cwd
                 * @property {berth.shim.v1.User.$Properties|null} [user] ExecProcessRequest user
                 * @property {boolean|null} [terminal] ExecProcessRequest terminal
                 * @property {boolean|null} [stdin] ExecProcessRequest stdin
                 * @property {string|null} [ioSocket] ExecProcessRequest ioSocket
                 * @property {Array.<string>|null} [capabilities] ExecProcessRequest capabilities
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExecProcessRequest.
                 * @memberof berth.shim.v1
                 * @interface IExecProcessRequest
                 * @augments berth.shim.v1.ExecProcessRequest.$Properties
                 * @deprecated Use berth.shim.v1.ExecProcessRequest.$Properties instead.
                 */

                /**
                 * Shape of an ExecProcessRequest.
                 * @typedef {berth.shim.v1.ExecProcessRequest.$Properties} berth.shim.v1.ExecProcessRequest.$Shape
                 */

                /**
                 * Constructs a new ExecProcessRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents an ExecProcessRequest.
                 * @constructor
                 * @param {berth.shim.v1.ExecProcessRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ExecProcessRequest = function (properties) {
                    this.args = [];
                    this.env = [];
                    this.capabilities = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExecProcessRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.id = "";

                /**
                 * ExecProcessRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.execId = "";

                /**
                 * ExecProcessRequest args.
                 * @member {Array.<string>} args
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.args = $util.emptyArray;

                /**
                 * ExecProcessRequest env.
                 * @member {Array.<string>} env
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.env = $util.emptyArray;

                /**
                 * ExecProcessRequest cwd.
                 * @member {string} cwd
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.cwd = "";

                /**
                 * ExecProcessRequest user.
                 * @member {berth.shim.v1.User.$Properties|null|undefined} user
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.user = null;

                /**
                 * ExecProcessRequest terminal.
                 * @member {boolean} terminal
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.terminal = false;

                /**
                 * ExecProcessRequest stdin.
                 * @member {boolean} stdin
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stdin = false;

                /**
                 * ExecProcessRequest ioSocket.
                 * @member {string} ioSocket
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.ioSocket = "";

                /**
                 * ExecProcessRequest capabilities.
                 * @member {Array.<string>} capabilities
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.capabilities = $util.emptyArray;

                /**
                 * Creates a new ExecProcessRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {berth.shim.v1.ExecProcessRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.ExecProcessRequest} ExecProcessRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.ExecProcessRequest.$Shape): berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape;
                 *   (properties?: berth.shim.v1.ExecProcessRequest.$Properties): berth.shim.v1.ExecProcessRequest;
                 * }}
                 */
                ExecProcessRequest.create = function(properties) {
                    return new ExecProcessRequest(properties);
                };

                /**
                 * Encodes the specified ExecProcessRequest message. Does not implicitly {@link berth.shim.v1.ExecProcessRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {berth.shim.v1.ExecProcessRequest.$Properties} message ExecProcessRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecProcessRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.args != null && message.args.length)
                        for (var i = 0; i < message.args.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.args[i]);
                    if (message.env != null && message.env.length)
                        for (var i = 0; i < message.env.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.env[i]);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.cwd);
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        $root.berth.shim.v1.User.encode(message.user, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.terminal);
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.stdin);
                    if (message.ioSocket != null && $Object.hasOwnProperty.call(message, "ioSocket") && message.ioSocket !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.ioSocket);
                    if (message.capabilities != null && message.capabilities.length)
                        for (var i = 0; i < message.capabilities.length; ++i)
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.capabilities[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ExecProcessRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ExecProcessRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {berth.shim.v1.ExecProcessRequest.$Properties} message ExecProcessRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecProcessRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape} ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecProcessRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.ExecProcessRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.args && message.args.length))
                                    message.args = [];
                                message.args.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.env && message.env.length))
                                    message.env = [];
                                message.env.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.user = $root.berth.shim.v1.User.decode(reader, reader.size(), $undefined, _depth + 1, message.user);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ioSocket = value;
                                else
                                    delete message.ioSocket;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.capabilities && message.capabilities.length))
                                    message.capabilities = [];
                                message.capabilities.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape} ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecProcessRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ExecProcessRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ExecProcessRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                        if (!$Array.isArray(message.args))
                            return "args: array expected";
                        for (var i = 0; i < message.args.length; ++i)
                            if (!$util.isString(message.args[i]))
                                return "args: string[] expected";
                    }
                    if (message.env != null && $Object.hasOwnProperty.call(message, "env")) {
                        if (!$Array.isArray(message.env))
                            return "env: array expected";
                        for (var i = 0; i < message.env.length; ++i)
                            if (!$util.isString(message.env[i]))
                                return "env: string[] expected";
                    }
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd"))
                        if (!$util.isString(message.cwd))
                            return "cwd: string expected";
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user")) {
                        var error = $root.berth.shim.v1.User.verify(message.user, _depth + 1);
                        if (error)
                            return "user." + error;
                    }
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        if (typeof message.terminal !== "boolean")
                            return "terminal: boolean expected";
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                        if (typeof message.stdin !== "boolean")
                            return "stdin: boolean expected";
                    if (message.ioSocket != null && $Object.hasOwnProperty.call(message, "ioSocket"))
                        if (!$util.isString(message.ioSocket))
                            return "ioSocket: string expected";
                    if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                        if (!$Array.isArray(message.capabilities))
                            return "capabilities: array expected";
                        for (var i = 0; i < message.capabilities.length; ++i)
                            if (!$util.isString(message.capabilities[i]))
                                return "capabilities: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an ExecProcessRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.ExecProcessRequest} ExecProcessRequest
                 */
                ExecProcessRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.ExecProcessRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.ExecProcessRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.ExecProcessRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    if (object.args) {
                        if (!$Array.isArray(object.args))
                            throw $TypeError(".berth.shim.v1.ExecProcessRequest.args: array expected");
                        message.args = $Array(object.args.length);
                        for (var i = 0; i < object.args.length; ++i)
                            message.args[i] = $String(object.args[i]);
                    }
                    if (object.env) {
                        if (!$Array.isArray(object.env))
                            throw $TypeError(".berth.shim.v1.ExecProcessRequest.env: array expected");
                        message.env = $Array(object.env.length);
                        for (var i = 0; i < object.env.length; ++i)
                            message.env[i] = $String(object.env[i]);
                    }
                    if (object.cwd != null)
                        if (typeof object.cwd !== "string" || object.cwd.length)
                            message.cwd = $String(object.cwd);
                    if (object.user != null) {
                        if (!$util.isObject(object.user))
                            throw $TypeError(".berth.shim.v1.ExecProcessRequest.user: object expected");
                        message.user = $root.berth.shim.v1.User.fromObject(object.user, _depth + 1);
                    }
                    if (object.terminal != null)
                        if (object.terminal)
                            message.terminal = $Boolean(object.terminal);
                    if (object.stdin != null)
                        if (object.stdin)
                            message.stdin = $Boolean(object.stdin);
                    if (object.ioSocket != null)
                        if (typeof object.ioSocket !== "string" || object.ioSocket.length)
                            message.ioSocket = $String(object.ioSocket);
                    if (object.capabilities) {
                        if (!$Array.isArray(object.capabilities))
                            throw $TypeError(".berth.shim.v1.ExecProcessRequest.capabilities: array expected");
                        message.capabilities = $Array(object.capabilities.length);
                        for (var i = 0; i < object.capabilities.length; ++i)
                            message.capabilities[i] = $String(object.capabilities[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ExecProcessRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {berth.shim.v1.ExecProcessRequest} message ExecProcessRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExecProcessRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.args = [];
                        object.env = [];
                        object.capabilities = [];
                    }
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                        object.cwd = "";
                        object.user = null;
                        object.terminal = false;
                        object.stdin = false;
                        object.ioSocket = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    if (message.args && message.args.length) {
                        object.args = $Array(message.args.length);
                        for (var j = 0; j < message.args.length; ++j)
                            object.args[j] = message.args[j];
                    }
                    if (message.env && message.env.length) {
                        object.env = $Array(message.env.length);
                        for (var j = 0; j < message.env.length; ++j)
                            object.env[j] = message.env[j];
                    }
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd"))
                        object.cwd = message.cwd;
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        object.user = $root.berth.shim.v1.User.toObject(message.user, options, _depth + 1);
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        object.terminal = message.terminal;
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                        object.stdin = message.stdin;
                    if (message.ioSocket != null && $Object.hasOwnProperty.call(message, "ioSocket"))
                        object.ioSocket = message.ioSocket;
                    if (message.capabilities && message.capabilities.length) {
                        object.capabilities = $Array(message.capabilities.length);
                        for (var j = 0; j < message.capabilities.length; ++j)
                            object.capabilities[j] = message.capabilities[j];
                    }
                    return object;
                };

                /**
                 * Converts this ExecProcessRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExecProcessRequest.prototype.toJSON = function() {
                    return ExecProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExecProcessRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.ExecProcessRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExecProcessRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.ExecProcessRequest";
                };

                return ExecProcessRequest;
            })();

            v1.ResizePtyRequest = (function() {

                /**
                 * Properties of a ResizePtyRequest.
                 * @typedef {Object} berth.shim.v1.ResizePtyRequest.$Properties
                 * @property {string|null} [id] ResizePtyRequest id
                 * @property {string|null} [execId] ResizePtyRequest execId
                 * @property {number|null} [width] ResizePtyRequest width
                 * @property {number|null} [height] ResizePtyRequest height
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResizePtyRequest.
                 * @memberof berth.shim.v1
                 * @interface IResizePtyRequest
                 * @augments berth.shim.v1.ResizePtyRequest.$Properties
                 * @deprecated Use berth.shim.v1.ResizePtyRequest.$Properties instead.
                 */

                /**
                 * Shape of a ResizePtyRequest.
                 * @typedef {berth.shim.v1.ResizePtyRequest.$Properties} berth.shim.v1.ResizePtyRequest.$Shape
                 */

                /**
                 * Constructs a new ResizePtyRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a ResizePtyRequest.
                 * @constructor
                 * @param {berth.shim.v1.ResizePtyRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ResizePtyRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResizePtyRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.id = "";

                /**
                 * ResizePtyRequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.execId = "";

                /**
                 * ResizePtyRequest width.
                 * @member {number} width
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.width = 0;

                /**
                 * ResizePtyRequest height.
                 * @member {number} height
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.height = 0;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {berth.shim.v1.ResizePtyRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.ResizePtyRequest} ResizePtyRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.ResizePtyRequest.$Shape): berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape;
                 *   (properties?: berth.shim.v1.ResizePtyRequest.$Properties): berth.shim.v1.ResizePtyRequest;
                 * }}
                 */
                ResizePtyRequest.create = function(properties) {
                    return new ResizePtyRequest(properties);
                };

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link berth.shim.v1.ResizePtyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {berth.shim.v1.ResizePtyRequest.$Properties} message ResizePtyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ResizePtyRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ResizePtyRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {berth.shim.v1.ResizePtyRequest.$Properties} message ResizePtyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.ResizePtyRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.width = value;
                                else
                                    delete message.width;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ResizePtyRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ResizePtyRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        if (!$util.isInteger(message.width))
                            return "width: integer expected";
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (!$util.isInteger(message.height))
                            return "height: integer expected";
                    return null;
                };

                /**
                 * Creates a ResizePtyRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.ResizePtyRequest} ResizePtyRequest
                 */
                ResizePtyRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.ResizePtyRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.ResizePtyRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.ResizePtyRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    if (object.width != null)
                        if ($Number(object.width) !== 0)
                            message.width = object.width >>> 0;
                    if (object.height != null)
                        if ($Number(object.height) !== 0)
                            message.height = object.height >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ResizePtyRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {berth.shim.v1.ResizePtyRequest} message ResizePtyRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ResizePtyRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                        object.width = 0;
                        object.height = 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        object.width = message.width;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        object.height = message.height;
                    return object;
                };

                /**
                 * Converts this ResizePtyRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ResizePtyRequest.prototype.toJSON = function() {
                    return ResizePtyRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ResizePtyRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.ResizePtyRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResizePtyRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.ResizePtyRequest";
                };

                return ResizePtyRequest;
            })();

            v1.CloseIORequest = (function() {

                /**
                 * Properties of a CloseIORequest.
                 * @typedef {Object} berth.shim.v1.CloseIORequest.$Properties
                 * @property {string|null} [id] CloseIORequest id
                 * @property {string|null} [execId] CloseIORequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CloseIORequest.
                 * @memberof berth.shim.v1
                 * @interface ICloseIORequest
                 * @augments berth.shim.v1.CloseIORequest.$Properties
                 * @deprecated Use berth.shim.v1.CloseIORequest.$Properties instead.
                 */

                /**
                 * Shape of a CloseIORequest.
                 * @typedef {berth.shim.v1.CloseIORequest.$Properties} berth.shim.v1.CloseIORequest.$Shape
                 */

                /**
                 * Constructs a new CloseIORequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a CloseIORequest.
                 * @constructor
                 * @param {berth.shim.v1.CloseIORequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CloseIORequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CloseIORequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.id = "";

                /**
                 * CloseIORequest execId.
                 * @member {string} execId
                 * @memberof berth.shim.v1.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.execId = "";

                /**
                 * Creates a new CloseIORequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {berth.shim.v1.CloseIORequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.CloseIORequest} CloseIORequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.CloseIORequest.$Shape): berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape;
                 *   (properties?: berth.shim.v1.CloseIORequest.$Properties): berth.shim.v1.CloseIORequest;
                 * }}
                 */
                CloseIORequest.create = function(properties) {
                    return new CloseIORequest(properties);
                };

                /**
                 * Encodes the specified CloseIORequest message. Does not implicitly {@link berth.shim.v1.CloseIORequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {berth.shim.v1.CloseIORequest.$Properties} message CloseIORequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseIORequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CloseIORequest message, length delimited. Does not implicitly {@link berth.shim.v1.CloseIORequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {berth.shim.v1.CloseIORequest.$Properties} message CloseIORequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseIORequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape} CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseIORequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.CloseIORequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape} CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseIORequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CloseIORequest message.
                 * @function verify
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CloseIORequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        if (!$util.isString(message.execId))
                            return "execId: string expected";
                    return null;
                };

                /**
                 * Creates a CloseIORequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.CloseIORequest} CloseIORequest
                 */
                CloseIORequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.CloseIORequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.CloseIORequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.CloseIORequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.execId != null)
                        if (typeof object.execId !== "string" || object.execId.length)
                            message.execId = $String(object.execId);
                    return message;
                };

                /**
                 * Creates a plain object from a CloseIORequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {berth.shim.v1.CloseIORequest} message CloseIORequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CloseIORequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.execId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                        object.execId = message.execId;
                    return object;
                };

                /**
                 * Converts this CloseIORequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.CloseIORequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CloseIORequest.prototype.toJSON = function() {
                    return CloseIORequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CloseIORequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.CloseIORequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CloseIORequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.CloseIORequest";
                };

                return CloseIORequest;
            })();

            v1.PauseRequest = (function() {

                /**
                 * Properties of a PauseRequest.
                 * @typedef {Object} berth.shim.v1.PauseRequest.$Properties
                 * @property {string|null} [id] PauseRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PauseRequest.
                 * @memberof berth.shim.v1
                 * @interface IPauseRequest
                 * @augments berth.shim.v1.PauseRequest.$Properties
                 * @deprecated Use berth.shim.v1.PauseRequest.$Properties instead.
                 */

                /**
                 * Shape of a PauseRequest.
                 * @typedef {berth.shim.v1.PauseRequest.$Properties} berth.shim.v1.PauseRequest.$Shape
                 */

                /**
                 * Constructs a new PauseRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a PauseRequest.
                 * @constructor
                 * @param {berth.shim.v1.PauseRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PauseRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PauseRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.PauseRequest
                 * @instance
                 */
                PauseRequest.prototype.id = "";

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {berth.shim.v1.PauseRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.PauseRequest} PauseRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.PauseRequest.$Shape): berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape;
                 *   (properties?: berth.shim.v1.PauseRequest.$Properties): berth.shim.v1.PauseRequest;
                 * }}
                 */
                PauseRequest.create = function(properties) {
                    return new PauseRequest(properties);
                };

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link berth.shim.v1.PauseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {berth.shim.v1.PauseRequest.$Properties} message PauseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PauseRequest message, length delimited. Does not implicitly {@link berth.shim.v1.PauseRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {berth.shim.v1.PauseRequest.$Properties} message PauseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.PauseRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PauseRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PauseRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    return null;
                };

                /**
                 * Creates a PauseRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.PauseRequest} PauseRequest
                 */
                PauseRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.PauseRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.PauseRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.PauseRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                /**
                 * Creates a plain object from a PauseRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {berth.shim.v1.PauseRequest} message PauseRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PauseRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this PauseRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.PauseRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PauseRequest.prototype.toJSON = function() {
                    return PauseRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PauseRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.PauseRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PauseRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.PauseRequest";
                };

                return PauseRequest;
            })();

            v1.ResumeRequest = (function() {

                /**
                 * Properties of a ResumeRequest.
                 * @typedef {Object} berth.shim.v1.ResumeRequest.$Properties
                 * @property {string|null} [id] ResumeRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResumeRequest.
                 * @memberof berth.shim.v1
                 * @interface IResumeRequest
                 * @augments berth.shim.v1.ResumeRequest.$Properties
                 * @deprecated Use berth.shim.v1.ResumeRequest.$Properties instead.
                 */

                /**
                 * Shape of a ResumeRequest.
                 * @typedef {berth.shim.v1.ResumeRequest.$Properties} berth.shim.v1.ResumeRequest.$Shape
                 */

                /**
                 * Constructs a new ResumeRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a ResumeRequest.
                 * @constructor
                 * @param {berth.shim.v1.ResumeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ResumeRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResumeRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.ResumeRequest
                 * @instance
                 */
                ResumeRequest.prototype.id = "";

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {berth.shim.v1.ResumeRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.ResumeRequest} ResumeRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.ResumeRequest.$Shape): berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape;
                 *   (properties?: berth.shim.v1.ResumeRequest.$Properties): berth.shim.v1.ResumeRequest;
                 * }}
                 */
                ResumeRequest.create = function(properties) {
                    return new ResumeRequest(properties);
                };

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link berth.shim.v1.ResumeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {berth.shim.v1.ResumeRequest.$Properties} message ResumeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ResumeRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ResumeRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {berth.shim.v1.ResumeRequest.$Properties} message ResumeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.ResumeRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ResumeRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ResumeRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    return null;
                };

                /**
                 * Creates a ResumeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.ResumeRequest} ResumeRequest
                 */
                ResumeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.ResumeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.ResumeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.ResumeRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                /**
                 * Creates a plain object from a ResumeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {berth.shim.v1.ResumeRequest} message ResumeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ResumeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this ResumeRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.ResumeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ResumeRequest.prototype.toJSON = function() {
                    return ResumeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ResumeRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.ResumeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResumeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.ResumeRequest";
                };

                return ResumeRequest;
            })();

            v1.Resources = (function() {

                /**
                 * Properties of a Resources.
                 * @typedef {Object} berth.shim.v1.Resources.$Properties
                 * @property {number|Long|null} [memoryLimit] Resources memoryLimit
                 * @property {number|Long|null} [memorySwap] Resources memorySwap
                 * @property {number|Long|null} [cpuShares] Resources cpuShares
                 * @property {number|Long|null} [cpuQuota] Resources cpuQuota
                 * @property {number|Long|null} [cpuPeriod] Resources cpuPeriod
                 * @property {string|null} [cpusetCpus] Resources cpusetCpus
                 * @property {string|null} [cpusetMems] Resources cpusetMems
                 * @property {number|Long|null} [pidsLimit] Resources pidsLimit
                 * @property {number|null} [blkioWeight] Resources blkioWeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Resources.
                 * @memberof berth.shim.v1
                 * @interface IResources
                 * @augments berth.shim.v1.Resources.$Properties
                 * @deprecated Use berth.shim.v1.Resources.$Properties instead.
                 */

                /**
                 * Shape of a Resources.
                 * @typedef {berth.shim.v1.Resources.$Properties} berth.shim.v1.Resources.$Shape
                 */

                /**
                 * Constructs a new Resources.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a Resources.
                 * @constructor
                 * @param {berth.shim.v1.Resources.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Resources = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Resources memoryLimit.
                 * @member {number|Long} memoryLimit
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.memoryLimit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Resources memorySwap.
                 * @member {number|Long} memorySwap
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.memorySwap = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Resources cpuShares.
                 * @member {number|Long} cpuShares
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.cpuShares = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Resources cpuQuota.
                 * @member {number|Long} cpuQuota
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.cpuQuota = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Resources cpuPeriod.
                 * @member {number|Long} cpuPeriod
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.cpuPeriod = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Resources cpusetCpus.
                 * @member {string} cpusetCpus
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.cpusetCpus = "";

                /**
                 * Resources cpusetMems.
                 * @member {string} cpusetMems
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.cpusetMems = "";

                /**
                 * Resources pidsLimit.
                 * @member {number|Long} pidsLimit
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.pidsLimit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Resources blkioWeight.
                 * @member {number} blkioWeight
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 */
                Resources.prototype.blkioWeight = 0;

                /**
                 * Creates a new Resources instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {berth.shim.v1.Resources.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.Resources} Resources instance
                 * @type {{
                 *   (properties: berth.shim.v1.Resources.$Shape): berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape;
                 *   (properties?: berth.shim.v1.Resources.$Properties): berth.shim.v1.Resources;
                 * }}
                 */
                Resources.create = function(properties) {
                    return new Resources(properties);
                };

                /**
                 * Encodes the specified Resources message. Does not implicitly {@link berth.shim.v1.Resources.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {berth.shim.v1.Resources.$Properties} message Resources message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Resources.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit") && (typeof message.memoryLimit === "object" ? message.memoryLimit.low || message.memoryLimit.high : message.memoryLimit !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.memoryLimit);
                    if (message.memorySwap != null && $Object.hasOwnProperty.call(message, "memorySwap") && (typeof message.memorySwap === "object" ? message.memorySwap.low || message.memorySwap.high : message.memorySwap !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.memorySwap);
                    if (message.cpuShares != null && $Object.hasOwnProperty.call(message, "cpuShares") && (typeof message.cpuShares === "object" ? message.cpuShares.low || message.cpuShares.high : message.cpuShares !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cpuShares);
                    if (message.cpuQuota != null && $Object.hasOwnProperty.call(message, "cpuQuota") && (typeof message.cpuQuota === "object" ? message.cpuQuota.low || message.cpuQuota.high : message.cpuQuota !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.cpuQuota);
                    if (message.cpuPeriod != null && $Object.hasOwnProperty.call(message, "cpuPeriod") && (typeof message.cpuPeriod === "object" ? message.cpuPeriod.low || message.cpuPeriod.high : message.cpuPeriod !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.cpuPeriod);
                    if (message.cpusetCpus != null && $Object.hasOwnProperty.call(message, "cpusetCpus") && message.cpusetCpus !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.cpusetCpus);
                    if (message.cpusetMems != null && $Object.hasOwnProperty.call(message, "cpusetMems") && message.cpusetMems !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.cpusetMems);
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit") && (typeof message.pidsLimit === "object" ? message.pidsLimit.low || message.pidsLimit.high : message.pidsLimit !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.pidsLimit);
                    if (message.blkioWeight != null && $Object.hasOwnProperty.call(message, "blkioWeight") && message.blkioWeight !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.blkioWeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Resources message, length delimited. Does not implicitly {@link berth.shim.v1.Resources.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {berth.shim.v1.Resources.$Properties} message Resources message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Resources.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Resources message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape} Resources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Resources.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.Resources();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryLimit = value;
                                else
                                    delete message.memoryLimit;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memorySwap = value;
                                else
                                    delete message.memorySwap;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuShares = value;
                                else
                                    delete message.cpuShares;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuQuota = value;
                                else
                                    delete message.cpuQuota;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuPeriod = value;
                                else
                                    delete message.cpuPeriod;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cpusetCpus = value;
                                else
                                    delete message.cpusetCpus;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cpusetMems = value;
                                else
                                    delete message.cpusetMems;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.pidsLimit = value;
                                else
                                    delete message.pidsLimit;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.blkioWeight = value;
                                else
                                    delete message.blkioWeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Resources message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape} Resources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Resources.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Resources message.
                 * @function verify
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Resources.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit"))
                        if (!$util.isInteger(message.memoryLimit) && !(message.memoryLimit && $util.isInteger(message.memoryLimit.low) && $util.isInteger(message.memoryLimit.high)))
                            return "memoryLimit: integer|Long expected";
                    if (message.memorySwap != null && $Object.hasOwnProperty.call(message, "memorySwap"))
                        if (!$util.isInteger(message.memorySwap) && !(message.memorySwap && $util.isInteger(message.memorySwap.low) && $util.isInteger(message.memorySwap.high)))
                            return "memorySwap: integer|Long expected";
                    if (message.cpuShares != null && $Object.hasOwnProperty.call(message, "cpuShares"))
                        if (!$util.isInteger(message.cpuShares) && !(message.cpuShares && $util.isInteger(message.cpuShares.low) && $util.isInteger(message.cpuShares.high)))
                            return "cpuShares: integer|Long expected";
                    if (message.cpuQuota != null && $Object.hasOwnProperty.call(message, "cpuQuota"))
                        if (!$util.isInteger(message.cpuQuota) && !(message.cpuQuota && $util.isInteger(message.cpuQuota.low) && $util.isInteger(message.cpuQuota.high)))
                            return "cpuQuota: integer|Long expected";
                    if (message.cpuPeriod != null && $Object.hasOwnProperty.call(message, "cpuPeriod"))
                        if (!$util.isInteger(message.cpuPeriod) && !(message.cpuPeriod && $util.isInteger(message.cpuPeriod.low) && $util.isInteger(message.cpuPeriod.high)))
                            return "cpuPeriod: integer|Long expected";
                    if (message.cpusetCpus != null && $Object.hasOwnProperty.call(message, "cpusetCpus"))
                        if (!$util.isString(message.cpusetCpus))
                            return "cpusetCpus: string expected";
                    if (message.cpusetMems != null && $Object.hasOwnProperty.call(message, "cpusetMems"))
                        if (!$util.isString(message.cpusetMems))
                            return "cpusetMems: string expected";
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                        if (!$util.isInteger(message.pidsLimit) && !(message.pidsLimit && $util.isInteger(message.pidsLimit.low) && $util.isInteger(message.pidsLimit.high)))
                            return "pidsLimit: integer|Long expected";
                    if (message.blkioWeight != null && $Object.hasOwnProperty.call(message, "blkioWeight"))
                        if (!$util.isInteger(message.blkioWeight))
                            return "blkioWeight: integer expected";
                    return null;
                };

                /**
                 * Creates a Resources message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.Resources} Resources
                 */
                Resources.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.Resources)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.Resources: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.Resources();
                    if (object.memoryLimit != null)
                        if (typeof object.memoryLimit === "object" ? object.memoryLimit.low || object.memoryLimit.high : $Number(object.memoryLimit) !== 0)
                            if ($util.Long)
                                message.memoryLimit = $util.Long.fromValue(object.memoryLimit, false);
                            else if (typeof object.memoryLimit === "string")
                                message.memoryLimit = $parseInt(object.memoryLimit, 10);
                            else if (typeof object.memoryLimit === "number")
                                message.memoryLimit = object.memoryLimit;
                            else if (typeof object.memoryLimit === "object")
                                message.memoryLimit = new $util.LongBits(object.memoryLimit.low >>> 0, object.memoryLimit.high >>> 0).toNumber();
                    if (object.memorySwap != null)
                        if (typeof object.memorySwap === "object" ? object.memorySwap.low || object.memorySwap.high : $Number(object.memorySwap) !== 0)
                            if ($util.Long)
                                message.memorySwap = $util.Long.fromValue(object.memorySwap, false);
                            else if (typeof object.memorySwap === "string")
                                message.memorySwap = $parseInt(object.memorySwap, 10);
                            else if (typeof object.memorySwap === "number")
                                message.memorySwap = object.memorySwap;
                            else if (typeof object.memorySwap === "object")
                                message.memorySwap = new $util.LongBits(object.memorySwap.low >>> 0, object.memorySwap.high >>> 0).toNumber();
                    if (object.cpuShares != null)
                        if (typeof object.cpuShares === "object" ? object.cpuShares.low || object.cpuShares.high : $Number(object.cpuShares) !== 0)
                            if ($util.Long)
                                message.cpuShares = $util.Long.fromValue(object.cpuShares, true);
                            else if (typeof object.cpuShares === "string")
                                message.cpuShares = $parseInt(object.cpuShares, 10);
                            else if (typeof object.cpuShares === "number")
                                message.cpuShares = object.cpuShares;
                            else if (typeof object.cpuShares === "object")
                                message.cpuShares = new $util.LongBits(object.cpuShares.low >>> 0, object.cpuShares.high >>> 0).toNumber(true);
                    if (object.cpuQuota != null)
                        if (typeof object.cpuQuota === "object" ? object.cpuQuota.low || object.cpuQuota.high : $Number(object.cpuQuota) !== 0)
                            if ($util.Long)
                                message.cpuQuota = $util.Long.fromValue(object.cpuQuota, false);
                            else if (typeof object.cpuQuota === "string")
                                message.cpuQuota = $parseInt(object.cpuQuota, 10);
                            else if (typeof object.cpuQuota === "number")
                                message.cpuQuota = object.cpuQuota;
                            else if (typeof object.cpuQuota === "object")
                                message.cpuQuota = new $util.LongBits(object.cpuQuota.low >>> 0, object.cpuQuota.high >>> 0).toNumber();
                    if (object.cpuPeriod != null)
                        if (typeof object.cpuPeriod === "object" ? object.cpuPeriod.low || object.cpuPeriod.high : $Number(object.cpuPeriod) !== 0)
                            if ($util.Long)
                                message.cpuPeriod = $util.Long.fromValue(object.cpuPeriod, true);
                            else if (typeof object.cpuPeriod === "string")
                                message.cpuPeriod = $parseInt(object.cpuPeriod, 10);
                            else if (typeof object.cpuPeriod === "number")
                                message.cpuPeriod = object.cpuPeriod;
                            else if (typeof object.cpuPeriod === "object")
                                message.cpuPeriod = new $util.LongBits(object.cpuPeriod.low >>> 0, object.cpuPeriod.high >>> 0).toNumber(true);
                    if (object.cpusetCpus != null)
                        if (typeof object.cpusetCpus !== "string" || object.cpusetCpus.length)
                            message.cpusetCpus = $String(object.cpusetCpus);
                    if (object.cpusetMems != null)
                        if (typeof object.cpusetMems !== "string" || object.cpusetMems.length)
                            message.cpusetMems = $String(object.cpusetMems);
                    if (object.pidsLimit != null)
                        if (typeof object.pidsLimit === "object" ? object.pidsLimit.low || object.pidsLimit.high : $Number(object.pidsLimit) !== 0)
                            if ($util.Long)
                                message.pidsLimit = $util.Long.fromValue(object.pidsLimit, false);
                            else if (typeof object.pidsLimit === "string")
                                message.pidsLimit = $parseInt(object.pidsLimit, 10);
                            else if (typeof object.pidsLimit === "number")
                                message.pidsLimit = object.pidsLimit;
                            else if (typeof object.pidsLimit === "object")
                                message.pidsLimit = new $util.LongBits(object.pidsLimit.low >>> 0, object.pidsLimit.high >>> 0).toNumber();
                    if (object.blkioWeight != null)
                        if ($Number(object.blkioWeight) !== 0)
                            message.blkioWeight = object.blkioWeight >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Resources message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {berth.shim.v1.Resources} message Resources
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Resources.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.memoryLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.memorySwap = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memorySwap = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuShares = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuShares = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.cpuQuota = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuQuota = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuPeriod = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuPeriod = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.cpusetCpus = "";
                        object.cpusetMems = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.pidsLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.pidsLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.blkioWeight = 0;
                    }
                    if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryLimit = typeof message.memoryLimit === "number" ? $BigInt(message.memoryLimit) : $util.Long.fromBits(message.memoryLimit.low >>> 0, message.memoryLimit.high >>> 0, false).toBigInt();
                        else if (typeof message.memoryLimit === "number")
                            object.memoryLimit = options.longs === $String ? $String(message.memoryLimit) : message.memoryLimit;
                        else
                            object.memoryLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryLimit) : options.longs === $Number ? new $util.LongBits(message.memoryLimit.low >>> 0, message.memoryLimit.high >>> 0).toNumber() : message.memoryLimit;
                    if (message.memorySwap != null && $Object.hasOwnProperty.call(message, "memorySwap"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memorySwap = typeof message.memorySwap === "number" ? $BigInt(message.memorySwap) : $util.Long.fromBits(message.memorySwap.low >>> 0, message.memorySwap.high >>> 0, false).toBigInt();
                        else if (typeof message.memorySwap === "number")
                            object.memorySwap = options.longs === $String ? $String(message.memorySwap) : message.memorySwap;
                        else
                            object.memorySwap = options.longs === $String ? $util.Long.prototype.toString.call(message.memorySwap) : options.longs === $Number ? new $util.LongBits(message.memorySwap.low >>> 0, message.memorySwap.high >>> 0).toNumber() : message.memorySwap;
                    if (message.cpuShares != null && $Object.hasOwnProperty.call(message, "cpuShares"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuShares = typeof message.cpuShares === "number" ? $BigInt(message.cpuShares) : $util.Long.fromBits(message.cpuShares.low >>> 0, message.cpuShares.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuShares === "number")
                            object.cpuShares = options.longs === $String ? $String(message.cpuShares) : message.cpuShares;
                        else
                            object.cpuShares = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuShares) : options.longs === $Number ? new $util.LongBits(message.cpuShares.low >>> 0, message.cpuShares.high >>> 0).toNumber(true) : message.cpuShares;
                    if (message.cpuQuota != null && $Object.hasOwnProperty.call(message, "cpuQuota"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuQuota = typeof message.cpuQuota === "number" ? $BigInt(message.cpuQuota) : $util.Long.fromBits(message.cpuQuota.low >>> 0, message.cpuQuota.high >>> 0, false).toBigInt();
                        else if (typeof message.cpuQuota === "number")
                            object.cpuQuota = options.longs === $String ? $String(message.cpuQuota) : message.cpuQuota;
                        else
                            object.cpuQuota = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuQuota) : options.longs === $Number ? new $util.LongBits(message.cpuQuota.low >>> 0, message.cpuQuota.high >>> 0).toNumber() : message.cpuQuota;
                    if (message.cpuPeriod != null && $Object.hasOwnProperty.call(message, "cpuPeriod"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuPeriod = typeof message.cpuPeriod === "number" ? $BigInt(message.cpuPeriod) : $util.Long.fromBits(message.cpuPeriod.low >>> 0, message.cpuPeriod.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuPeriod === "number")
                            object.cpuPeriod = options.longs === $String ? $String(message.cpuPeriod) : message.cpuPeriod;
                        else
                            object.cpuPeriod = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuPeriod) : options.longs === $Number ? new $util.LongBits(message.cpuPeriod.low >>> 0, message.cpuPeriod.high >>> 0).toNumber(true) : message.cpuPeriod;
                    if (message.cpusetCpus != null && $Object.hasOwnProperty.call(message, "cpusetCpus"))
                        object.cpusetCpus = message.cpusetCpus;
                    if (message.cpusetMems != null && $Object.hasOwnProperty.call(message, "cpusetMems"))
                        object.cpusetMems = message.cpusetMems;
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.pidsLimit = typeof message.pidsLimit === "number" ? $BigInt(message.pidsLimit) : $util.Long.fromBits(message.pidsLimit.low >>> 0, message.pidsLimit.high >>> 0, false).toBigInt();
                        else if (typeof message.pidsLimit === "number")
                            object.pidsLimit = options.longs === $String ? $String(message.pidsLimit) : message.pidsLimit;
                        else
                            object.pidsLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.pidsLimit) : options.longs === $Number ? new $util.LongBits(message.pidsLimit.low >>> 0, message.pidsLimit.high >>> 0).toNumber() : message.pidsLimit;
                    if (message.blkioWeight != null && $Object.hasOwnProperty.call(message, "blkioWeight"))
                        object.blkioWeight = message.blkioWeight;
                    return object;
                };

                /**
                 * Converts this Resources to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.Resources
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Resources.prototype.toJSON = function() {
                    return Resources.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Resources
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.Resources
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Resources.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.Resources";
                };

                return Resources;
            })();

            v1.UpdateTaskRequest = (function() {

                /**
                 * Properties of an UpdateTaskRequest.
                 * @typedef {Object} berth.shim.v1.UpdateTaskRequest.$Properties
                 * @property {string|null} [id] UpdateTaskRequest id
                 * @property {berth.shim.v1.Resources.$Properties|null} [resources] UpdateTaskRequest resources
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UpdateTaskRequest.
                 * @memberof berth.shim.v1
                 * @interface IUpdateTaskRequest
                 * @augments berth.shim.v1.UpdateTaskRequest.$Properties
                 * @deprecated Use berth.shim.v1.UpdateTaskRequest.$Properties instead.
                 */

                /**
                 * Shape of an UpdateTaskRequest.
                 * @typedef {berth.shim.v1.UpdateTaskRequest.$Properties} berth.shim.v1.UpdateTaskRequest.$Shape
                 */

                /**
                 * Constructs a new UpdateTaskRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents an UpdateTaskRequest.
                 * @constructor
                 * @param {berth.shim.v1.UpdateTaskRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var UpdateTaskRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UpdateTaskRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.id = "";

                /**
                 * UpdateTaskRequest resources.
                 * @member {berth.shim.v1.Resources.$Properties|null|undefined} resources
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.resources = null;

                /**
                 * Creates a new UpdateTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {berth.shim.v1.UpdateTaskRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.UpdateTaskRequest} UpdateTaskRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.UpdateTaskRequest.$Shape): berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape;
                 *   (properties?: berth.shim.v1.UpdateTaskRequest.$Properties): berth.shim.v1.UpdateTaskRequest;
                 * }}
                 */
                UpdateTaskRequest.create = function(properties) {
                    return new UpdateTaskRequest(properties);
                };

                /**
                 * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link berth.shim.v1.UpdateTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {berth.shim.v1.UpdateTaskRequest.$Properties} message UpdateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UpdateTaskRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                        $root.berth.shim.v1.Resources.encode(message.resources, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified UpdateTaskRequest message, length delimited. Does not implicitly {@link berth.shim.v1.UpdateTaskRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {berth.shim.v1.UpdateTaskRequest.$Properties} message UpdateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UpdateTaskRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape} UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UpdateTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.UpdateTaskRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.resources = $root.berth.shim.v1.Resources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape} UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UpdateTaskRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an UpdateTaskRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UpdateTaskRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                        var error = $root.berth.shim.v1.Resources.verify(message.resources, _depth + 1);
                        if (error)
                            return "resources." + error;
                    }
                    return null;
                };

                /**
                 * Creates an UpdateTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.UpdateTaskRequest} UpdateTaskRequest
                 */
                UpdateTaskRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.UpdateTaskRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.UpdateTaskRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.UpdateTaskRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.resources != null) {
                        if (!$util.isObject(object.resources))
                            throw $TypeError(".berth.shim.v1.UpdateTaskRequest.resources: object expected");
                        message.resources = $root.berth.shim.v1.Resources.fromObject(object.resources, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an UpdateTaskRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {berth.shim.v1.UpdateTaskRequest} message UpdateTaskRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UpdateTaskRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.resources = null;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                        object.resources = $root.berth.shim.v1.Resources.toObject(message.resources, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this UpdateTaskRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UpdateTaskRequest.prototype.toJSON = function() {
                    return UpdateTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UpdateTaskRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.UpdateTaskRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UpdateTaskRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.UpdateTaskRequest";
                };

                return UpdateTaskRequest;
            })();

            v1.StatsRequest = (function() {

                /**
                 * Properties of a StatsRequest.
                 * @typedef {Object} berth.shim.v1.StatsRequest.$Properties
                 * @property {string|null} [id] StatsRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatsRequest.
                 * @memberof berth.shim.v1
                 * @interface IStatsRequest
                 * @augments berth.shim.v1.StatsRequest.$Properties
                 * @deprecated Use berth.shim.v1.StatsRequest.$Properties instead.
                 */

                /**
                 * Shape of a StatsRequest.
                 * @typedef {berth.shim.v1.StatsRequest.$Properties} berth.shim.v1.StatsRequest.$Shape
                 */

                /**
                 * Constructs a new StatsRequest.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a StatsRequest.
                 * @constructor
                 * @param {berth.shim.v1.StatsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StatsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatsRequest id.
                 * @member {string} id
                 * @memberof berth.shim.v1.StatsRequest
                 * @instance
                 */
                StatsRequest.prototype.id = "";

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {berth.shim.v1.StatsRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.StatsRequest} StatsRequest instance
                 * @type {{
                 *   (properties: berth.shim.v1.StatsRequest.$Shape): berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape;
                 *   (properties?: berth.shim.v1.StatsRequest.$Properties): berth.shim.v1.StatsRequest;
                 * }}
                 */
                StatsRequest.create = function(properties) {
                    return new StatsRequest(properties);
                };

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link berth.shim.v1.StatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {berth.shim.v1.StatsRequest.$Properties} message StatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatsRequest message, length delimited. Does not implicitly {@link berth.shim.v1.StatsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {berth.shim.v1.StatsRequest.$Properties} message StatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.StatsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StatsRequest message.
                 * @function verify
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    return null;
                };

                /**
                 * Creates a StatsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.StatsRequest} StatsRequest
                 */
                StatsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.StatsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.StatsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.StatsRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                /**
                 * Creates a plain object from a StatsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {berth.shim.v1.StatsRequest} message StatsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this StatsRequest to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.StatsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatsRequest.prototype.toJSON = function() {
                    return StatsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatsRequest
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.StatsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.StatsRequest";
                };

                return StatsRequest;
            })();

            v1.BlkioEntry = (function() {

                /**
                 * Properties of a BlkioEntry.
                 * @typedef {Object} berth.shim.v1.BlkioEntry.$Properties
                 * @property {number|null} [major] BlkioEntry major
                 * @property {number|null} [minor] BlkioEntry minor
                 * @property {string|null} [op] BlkioEntry op
                 * @property {number|Long|null} [value] BlkioEntry value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BlkioEntry.
                 * @memberof berth.shim.v1
                 * @interface IBlkioEntry
                 * @augments berth.shim.v1.BlkioEntry.$Properties
                 * @deprecated Use berth.shim.v1.BlkioEntry.$Properties instead.
                 */

                /**
                 * Shape of a BlkioEntry.
                 * @typedef {berth.shim.v1.BlkioEntry.$Properties} berth.shim.v1.BlkioEntry.$Shape
                 */

                /**
                 * Constructs a new BlkioEntry.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a BlkioEntry.
                 * @constructor
                 * @param {berth.shim.v1.BlkioEntry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var BlkioEntry = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BlkioEntry major.
                 * @member {number} major
                 * @memberof berth.shim.v1.BlkioEntry
                 * @instance
                 */
                BlkioEntry.prototype.major = 0;

                /**
                 * BlkioEntry minor.
                 * @member {number} minor
                 * @memberof berth.shim.v1.BlkioEntry
                 * @instance
                 */
                BlkioEntry.prototype.minor = 0;

                /**
                 * BlkioEntry op.
                 * @member {string} op
                 * @memberof berth.shim.v1.BlkioEntry
                 * @instance
                 */
                BlkioEntry.prototype.op = "";

                /**
                 * BlkioEntry value.
                 * @member {number|Long} value
                 * @memberof berth.shim.v1.BlkioEntry
                 * @instance
                 */
                BlkioEntry.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new BlkioEntry instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {berth.shim.v1.BlkioEntry.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.BlkioEntry} BlkioEntry instance
                 * @type {{
                 *   (properties: berth.shim.v1.BlkioEntry.$Shape): berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape;
                 *   (properties?: berth.shim.v1.BlkioEntry.$Properties): berth.shim.v1.BlkioEntry;
                 * }}
                 */
                BlkioEntry.create = function(properties) {
                    return new BlkioEntry(properties);
                };

                /**
                 * Encodes the specified BlkioEntry message. Does not implicitly {@link berth.shim.v1.BlkioEntry.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {berth.shim.v1.BlkioEntry.$Properties} message BlkioEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlkioEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.major != null && $Object.hasOwnProperty.call(message, "major") && message.major !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.major);
                    if (message.minor != null && $Object.hasOwnProperty.call(message, "minor") && message.minor !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minor);
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.op);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified BlkioEntry message, length delimited. Does not implicitly {@link berth.shim.v1.BlkioEntry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {berth.shim.v1.BlkioEntry.$Properties} message BlkioEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlkioEntry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BlkioEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape} BlkioEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlkioEntry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.BlkioEntry();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.major = value;
                                else
                                    delete message.major;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minor = value;
                                else
                                    delete message.minor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.op = value;
                                else
                                    delete message.op;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a BlkioEntry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape} BlkioEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlkioEntry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BlkioEntry message.
                 * @function verify
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BlkioEntry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.major != null && $Object.hasOwnProperty.call(message, "major"))
                        if (!$util.isInteger(message.major))
                            return "major: integer expected";
                    if (message.minor != null && $Object.hasOwnProperty.call(message, "minor"))
                        if (!$util.isInteger(message.minor))
                            return "minor: integer expected";
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                        if (!$util.isString(message.op))
                            return "op: string expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                            return "value: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a BlkioEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.BlkioEntry} BlkioEntry
                 */
                BlkioEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.BlkioEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.BlkioEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.BlkioEntry();
                    if (object.major != null)
                        if ($Number(object.major) !== 0)
                            message.major = object.major >>> 0;
                    if (object.minor != null)
                        if ($Number(object.minor) !== 0)
                            message.minor = object.minor >>> 0;
                    if (object.op != null)
                        if (typeof object.op !== "string" || object.op.length)
                            message.op = $String(object.op);
                    if (object.value != null)
                        if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                            if ($util.Long)
                                message.value = $util.Long.fromValue(object.value, true);
                            else if (typeof object.value === "string")
                                message.value = $parseInt(object.value, 10);
                            else if (typeof object.value === "number")
                                message.value = object.value;
                            else if (typeof object.value === "object")
                                message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a BlkioEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {berth.shim.v1.BlkioEntry} message BlkioEntry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BlkioEntry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.major = 0;
                        object.minor = 0;
                        object.op = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.major != null && $Object.hasOwnProperty.call(message, "major"))
                        object.major = message.major;
                    if (message.minor != null && $Object.hasOwnProperty.call(message, "minor"))
                        object.minor = message.minor;
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                        object.op = message.op;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                        else if (typeof message.value === "number")
                            object.value = options.longs === $String ? $String(message.value) : message.value;
                        else
                            object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                    return object;
                };

                /**
                 * Converts this BlkioEntry to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.BlkioEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BlkioEntry.prototype.toJSON = function() {
                    return BlkioEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BlkioEntry
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.BlkioEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BlkioEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.BlkioEntry";
                };

                return BlkioEntry;
            })();

            v1.StatsResponse = (function() {

                /**
                 * Properties of a StatsResponse.
                 * @typedef {Object} berth.shim.v1.StatsResponse.$Properties
                 * @property {number|null} [cgroupVersion] StatsResponse cgroupVersion
                 * @property {number|Long|null} [cpuUsageNs] StatsResponse cpuUsageNs
                 * @property {number|Long|null} [cpuUserNs] StatsResponse cpuUserNs
                 * @property {number|Long|null} [cpuSystemNs] StatsResponse cpuSystemNs
                 * @property {number|Long|null} [memoryUsage] StatsResponse memoryUsage
                 * @property {number|Long|null} [memoryLimit] StatsResponse memoryLimit
                 * @property {Object.<string,number|Long>|null} [memoryStat] StatsResponse memoryStat
                 * @property {number|Long|null} [pidsCurrent] StatsResponse pidsCurrent
                 * @property {number|Long|null} [pidsLimit] StatsResponse pidsLimit
                 * @property {Array.<berth.shim.v1.BlkioEntry.$Properties>|null} [blkio] StatsResponse blkio
                 * @property {number|Long|null} [oomKills] StatsResponse oomKills
                 * @property {Array.<number|Long>|null} [cpuPercpuNs] StatsResponse cpuPercpuNs
                 * @property {number|Long|null} [throttlePeriods] StatsResponse throttlePeriods
                 * @property {number|Long|null} [throttledPeriods] StatsResponse throttledPeriods
                 * @property {number|Long|null} [throttledTimeNs] StatsResponse throttledTimeNs
                 * @property {number|Long|null} [memoryMaxUsage] StatsResponse memoryMaxUsage
                 * @property {number|Long|null} [memoryFailcnt] StatsResponse memoryFailcnt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatsResponse.
                 * @memberof berth.shim.v1
                 * @interface IStatsResponse
                 * @augments berth.shim.v1.StatsResponse.$Properties
                 * @deprecated Use berth.shim.v1.StatsResponse.$Properties instead.
                 */

                /**
                 * Shape of a StatsResponse.
                 * @typedef {berth.shim.v1.StatsResponse.$Properties} berth.shim.v1.StatsResponse.$Shape
                 */

                /**
                 * Constructs a new StatsResponse.
                 * @memberof berth.shim.v1
                 * @classdesc Represents a StatsResponse.
                 * @constructor
                 * @param {berth.shim.v1.StatsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StatsResponse = function (properties) {
                    this.memoryStat = {};
                    this.blkio = [];
                    this.cpuPercpuNs = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatsResponse cgroupVersion.
                 * @member {number} cgroupVersion
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.cgroupVersion = 0;

                /**
                 * StatsResponse cpuUsageNs.
                 * @member {number|Long} cpuUsageNs
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.cpuUsageNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse cpuUserNs.
                 * @member {number|Long} cpuUserNs
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.cpuUserNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse cpuSystemNs.
                 * @member {number|Long} cpuSystemNs
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.cpuSystemNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryUsage.
                 * @member {number|Long} memoryUsage
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryUsage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryLimit.
                 * @member {number|Long} memoryLimit
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryStat.
                 * @member {Object.<string,number|Long>} memoryStat
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryStat = $util.emptyObject;

                /**
                 * StatsResponse pidsCurrent.
                 * @member {number|Long} pidsCurrent
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.pidsCurrent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse pidsLimit.
                 * @member {number|Long} pidsLimit
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.pidsLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse blkio.
                 * @member {Array.<berth.shim.v1.BlkioEntry.$Properties>} blkio
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.blkio = $util.emptyArray;

                /**
                 * StatsResponse oomKills.
                 * @member {number|Long} oomKills
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.oomKills = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse cpuPercpuNs.
                 * @member {Array.<number|Long>} cpuPercpuNs
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.cpuPercpuNs = $util.emptyArray;

                /**
                 * StatsResponse throttlePeriods.
                 * @member {number|Long} throttlePeriods
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.throttlePeriods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse throttledPeriods.
                 * @member {number|Long} throttledPeriods
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.throttledPeriods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse throttledTimeNs.
                 * @member {number|Long} throttledTimeNs
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.throttledTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryMaxUsage.
                 * @member {number|Long} memoryMaxUsage
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryMaxUsage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatsResponse memoryFailcnt.
                 * @member {number|Long} memoryFailcnt
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.memoryFailcnt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {berth.shim.v1.StatsResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.shim.v1.StatsResponse} StatsResponse instance
                 * @type {{
                 *   (properties: berth.shim.v1.StatsResponse.$Shape): berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape;
                 *   (properties?: berth.shim.v1.StatsResponse.$Properties): berth.shim.v1.StatsResponse;
                 * }}
                 */
                StatsResponse.create = function(properties) {
                    return new StatsResponse(properties);
                };

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link berth.shim.v1.StatsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {berth.shim.v1.StatsResponse.$Properties} message StatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cgroupVersion != null && $Object.hasOwnProperty.call(message, "cgroupVersion") && message.cgroupVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cgroupVersion);
                    if (message.cpuUsageNs != null && $Object.hasOwnProperty.call(message, "cpuUsageNs") && (typeof message.cpuUsageNs === "object" ? message.cpuUsageNs.low || message.cpuUsageNs.high : message.cpuUsageNs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.cpuUsageNs);
                    if (message.cpuUserNs != null && $Object.hasOwnProperty.call(message, "cpuUserNs") && (typeof message.cpuUserNs === "object" ? message.cpuUserNs.low || message.cpuUserNs.high : message.cpuUserNs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cpuUserNs);
                    if (message.cpuSystemNs != null && $Object.hasOwnProperty.call(message, "cpuSystemNs") && (typeof message.cpuSystemNs === "object" ? message.cpuSystemNs.low || message.cpuSystemNs.high : message.cpuSystemNs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.cpuSystemNs);
                    if (message.memoryUsage != null && $Object.hasOwnProperty.call(message, "memoryUsage") && (typeof message.memoryUsage === "object" ? message.memoryUsage.low || message.memoryUsage.high : message.memoryUsage !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryUsage);
                    if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit") && (typeof message.memoryLimit === "object" ? message.memoryLimit.low || message.memoryLimit.high : message.memoryLimit !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memoryLimit);
                    if (message.memoryStat != null && $Object.hasOwnProperty.call(message, "memoryStat"))
                        for (var keys = $Object.keys(message.memoryStat), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryStat[keys[i]]).ldelim();
                    if (message.pidsCurrent != null && $Object.hasOwnProperty.call(message, "pidsCurrent") && (typeof message.pidsCurrent === "object" ? message.pidsCurrent.low || message.pidsCurrent.high : message.pidsCurrent !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.pidsCurrent);
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit") && (typeof message.pidsLimit === "object" ? message.pidsLimit.low || message.pidsLimit.high : message.pidsLimit !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.pidsLimit);
                    if (message.blkio != null && message.blkio.length)
                        for (var i = 0; i < message.blkio.length; ++i)
                            $root.berth.shim.v1.BlkioEntry.encode(message.blkio[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.oomKills != null && $Object.hasOwnProperty.call(message, "oomKills") && (typeof message.oomKills === "object" ? message.oomKills.low || message.oomKills.high : message.oomKills !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.oomKills);
                    if (message.cpuPercpuNs != null && message.cpuPercpuNs.length)
                        writer.uint32(/* id 12, wireType 2 =*/98).uint64s(message.cpuPercpuNs);
                    if (message.throttlePeriods != null && $Object.hasOwnProperty.call(message, "throttlePeriods") && (typeof message.throttlePeriods === "object" ? message.throttlePeriods.low || message.throttlePeriods.high : message.throttlePeriods !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.throttlePeriods);
                    if (message.throttledPeriods != null && $Object.hasOwnProperty.call(message, "throttledPeriods") && (typeof message.throttledPeriods === "object" ? message.throttledPeriods.low || message.throttledPeriods.high : message.throttledPeriods !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.throttledPeriods);
                    if (message.throttledTimeNs != null && $Object.hasOwnProperty.call(message, "throttledTimeNs") && (typeof message.throttledTimeNs === "object" ? message.throttledTimeNs.low || message.throttledTimeNs.high : message.throttledTimeNs !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.throttledTimeNs);
                    if (message.memoryMaxUsage != null && $Object.hasOwnProperty.call(message, "memoryMaxUsage") && (typeof message.memoryMaxUsage === "object" ? message.memoryMaxUsage.low || message.memoryMaxUsage.high : message.memoryMaxUsage !== 0))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.memoryMaxUsage);
                    if (message.memoryFailcnt != null && $Object.hasOwnProperty.call(message, "memoryFailcnt") && (typeof message.memoryFailcnt === "object" ? message.memoryFailcnt.low || message.memoryFailcnt.high : message.memoryFailcnt !== 0))
                        writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.memoryFailcnt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatsResponse message, length delimited. Does not implicitly {@link berth.shim.v1.StatsResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {berth.shim.v1.StatsResponse.$Properties} message StatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.shim.v1.StatsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cgroupVersion = value;
                                else
                                    delete message.cgroupVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuUsageNs = value;
                                else
                                    delete message.cpuUsageNs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuUserNs = value;
                                else
                                    delete message.cpuUserNs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuSystemNs = value;
                                else
                                    delete message.cpuSystemNs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryUsage = value;
                                else
                                    delete message.memoryUsage;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryLimit = value;
                                else
                                    delete message.memoryLimit;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (message.memoryStat === $util.emptyObject)
                                    message.memoryStat = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 0)
                                            break;
                                        value = reader.uint64();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.memoryStat, key);
                                message.memoryStat[key] = value;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.pidsCurrent = value;
                                else
                                    delete message.pidsCurrent;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.pidsLimit = value;
                                else
                                    delete message.pidsLimit;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.blkio && message.blkio.length))
                                    message.blkio = [];
                                message.blkio.push($root.berth.shim.v1.BlkioEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.oomKills = value;
                                else
                                    delete message.oomKills;
                                continue;
                            }
                        case 12: {
                                if (wireType === 2) {
                                    if (!(message.cpuPercpuNs && message.cpuPercpuNs.length))
                                        message.cpuPercpuNs = [];
                                    reader.uint64s(message.cpuPercpuNs);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.cpuPercpuNs && message.cpuPercpuNs.length))
                                    message.cpuPercpuNs = [];
                                message.cpuPercpuNs.push(reader.uint64());
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.throttlePeriods = value;
                                else
                                    delete message.throttlePeriods;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.throttledPeriods = value;
                                else
                                    delete message.throttledPeriods;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.throttledTimeNs = value;
                                else
                                    delete message.throttledTimeNs;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryMaxUsage = value;
                                else
                                    delete message.memoryMaxUsage;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryFailcnt = value;
                                else
                                    delete message.memoryFailcnt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StatsResponse message.
                 * @function verify
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.cgroupVersion != null && $Object.hasOwnProperty.call(message, "cgroupVersion"))
                        if (!$util.isInteger(message.cgroupVersion))
                            return "cgroupVersion: integer expected";
                    if (message.cpuUsageNs != null && $Object.hasOwnProperty.call(message, "cpuUsageNs"))
                        if (!$util.isInteger(message.cpuUsageNs) && !(message.cpuUsageNs && $util.isInteger(message.cpuUsageNs.low) && $util.isInteger(message.cpuUsageNs.high)))
                            return "cpuUsageNs: integer|Long expected";
                    if (message.cpuUserNs != null && $Object.hasOwnProperty.call(message, "cpuUserNs"))
                        if (!$util.isInteger(message.cpuUserNs) && !(message.cpuUserNs && $util.isInteger(message.cpuUserNs.low) && $util.isInteger(message.cpuUserNs.high)))
                            return "cpuUserNs: integer|Long expected";
                    if (message.cpuSystemNs != null && $Object.hasOwnProperty.call(message, "cpuSystemNs"))
                        if (!$util.isInteger(message.cpuSystemNs) && !(message.cpuSystemNs && $util.isInteger(message.cpuSystemNs.low) && $util.isInteger(message.cpuSystemNs.high)))
                            return "cpuSystemNs: integer|Long expected";
                    if (message.memoryUsage != null && $Object.hasOwnProperty.call(message, "memoryUsage"))
                        if (!$util.isInteger(message.memoryUsage) && !(message.memoryUsage && $util.isInteger(message.memoryUsage.low) && $util.isInteger(message.memoryUsage.high)))
                            return "memoryUsage: integer|Long expected";
                    if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit"))
                        if (!$util.isInteger(message.memoryLimit) && !(message.memoryLimit && $util.isInteger(message.memoryLimit.low) && $util.isInteger(message.memoryLimit.high)))
                            return "memoryLimit: integer|Long expected";
                    if (message.memoryStat != null && $Object.hasOwnProperty.call(message, "memoryStat")) {
                        if (!$util.isObject(message.memoryStat))
                            return "memoryStat: object expected";
                        var key = $Object.keys(message.memoryStat);
                        for (var i = 0; i < key.length; ++i)
                            if (!$util.isInteger(message.memoryStat[key[i]]) && !(message.memoryStat[key[i]] && $util.isInteger(message.memoryStat[key[i]].low) && $util.isInteger(message.memoryStat[key[i]].high)))
                                return "memoryStat: integer|Long{k:string} expected";
                    }
                    if (message.pidsCurrent != null && $Object.hasOwnProperty.call(message, "pidsCurrent"))
                        if (!$util.isInteger(message.pidsCurrent) && !(message.pidsCurrent && $util.isInteger(message.pidsCurrent.low) && $util.isInteger(message.pidsCurrent.high)))
                            return "pidsCurrent: integer|Long expected";
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                        if (!$util.isInteger(message.pidsLimit) && !(message.pidsLimit && $util.isInteger(message.pidsLimit.low) && $util.isInteger(message.pidsLimit.high)))
                            return "pidsLimit: integer|Long expected";
                    if (message.blkio != null && $Object.hasOwnProperty.call(message, "blkio")) {
                        if (!$Array.isArray(message.blkio))
                            return "blkio: array expected";
                        for (var i = 0; i < message.blkio.length; ++i) {
                            var error = $root.berth.shim.v1.BlkioEntry.verify(message.blkio[i], _depth + 1);
                            if (error)
                                return "blkio." + error;
                        }
                    }
                    if (message.oomKills != null && $Object.hasOwnProperty.call(message, "oomKills"))
                        if (!$util.isInteger(message.oomKills) && !(message.oomKills && $util.isInteger(message.oomKills.low) && $util.isInteger(message.oomKills.high)))
                            return "oomKills: integer|Long expected";
                    if (message.cpuPercpuNs != null && $Object.hasOwnProperty.call(message, "cpuPercpuNs")) {
                        if (!$Array.isArray(message.cpuPercpuNs))
                            return "cpuPercpuNs: array expected";
                        for (var i = 0; i < message.cpuPercpuNs.length; ++i)
                            if (!$util.isInteger(message.cpuPercpuNs[i]) && !(message.cpuPercpuNs[i] && $util.isInteger(message.cpuPercpuNs[i].low) && $util.isInteger(message.cpuPercpuNs[i].high)))
                                return "cpuPercpuNs: integer|Long[] expected";
                    }
                    if (message.throttlePeriods != null && $Object.hasOwnProperty.call(message, "throttlePeriods"))
                        if (!$util.isInteger(message.throttlePeriods) && !(message.throttlePeriods && $util.isInteger(message.throttlePeriods.low) && $util.isInteger(message.throttlePeriods.high)))
                            return "throttlePeriods: integer|Long expected";
                    if (message.throttledPeriods != null && $Object.hasOwnProperty.call(message, "throttledPeriods"))
                        if (!$util.isInteger(message.throttledPeriods) && !(message.throttledPeriods && $util.isInteger(message.throttledPeriods.low) && $util.isInteger(message.throttledPeriods.high)))
                            return "throttledPeriods: integer|Long expected";
                    if (message.throttledTimeNs != null && $Object.hasOwnProperty.call(message, "throttledTimeNs"))
                        if (!$util.isInteger(message.throttledTimeNs) && !(message.throttledTimeNs && $util.isInteger(message.throttledTimeNs.low) && $util.isInteger(message.throttledTimeNs.high)))
                            return "throttledTimeNs: integer|Long expected";
                    if (message.memoryMaxUsage != null && $Object.hasOwnProperty.call(message, "memoryMaxUsage"))
                        if (!$util.isInteger(message.memoryMaxUsage) && !(message.memoryMaxUsage && $util.isInteger(message.memoryMaxUsage.low) && $util.isInteger(message.memoryMaxUsage.high)))
                            return "memoryMaxUsage: integer|Long expected";
                    if (message.memoryFailcnt != null && $Object.hasOwnProperty.call(message, "memoryFailcnt"))
                        if (!$util.isInteger(message.memoryFailcnt) && !(message.memoryFailcnt && $util.isInteger(message.memoryFailcnt.low) && $util.isInteger(message.memoryFailcnt.high)))
                            return "memoryFailcnt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a StatsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.shim.v1.StatsResponse} StatsResponse
                 */
                StatsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.shim.v1.StatsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.shim.v1.StatsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.shim.v1.StatsResponse();
                    if (object.cgroupVersion != null)
                        if ($Number(object.cgroupVersion) !== 0)
                            message.cgroupVersion = object.cgroupVersion >>> 0;
                    if (object.cpuUsageNs != null)
                        if (typeof object.cpuUsageNs === "object" ? object.cpuUsageNs.low || object.cpuUsageNs.high : $Number(object.cpuUsageNs) !== 0)
                            if ($util.Long)
                                message.cpuUsageNs = $util.Long.fromValue(object.cpuUsageNs, true);
                            else if (typeof object.cpuUsageNs === "string")
                                message.cpuUsageNs = $parseInt(object.cpuUsageNs, 10);
                            else if (typeof object.cpuUsageNs === "number")
                                message.cpuUsageNs = object.cpuUsageNs;
                            else if (typeof object.cpuUsageNs === "object")
                                message.cpuUsageNs = new $util.LongBits(object.cpuUsageNs.low >>> 0, object.cpuUsageNs.high >>> 0).toNumber(true);
                    if (object.cpuUserNs != null)
                        if (typeof object.cpuUserNs === "object" ? object.cpuUserNs.low || object.cpuUserNs.high : $Number(object.cpuUserNs) !== 0)
                            if ($util.Long)
                                message.cpuUserNs = $util.Long.fromValue(object.cpuUserNs, true);
                            else if (typeof object.cpuUserNs === "string")
                                message.cpuUserNs = $parseInt(object.cpuUserNs, 10);
                            else if (typeof object.cpuUserNs === "number")
                                message.cpuUserNs = object.cpuUserNs;
                            else if (typeof object.cpuUserNs === "object")
                                message.cpuUserNs = new $util.LongBits(object.cpuUserNs.low >>> 0, object.cpuUserNs.high >>> 0).toNumber(true);
                    if (object.cpuSystemNs != null)
                        if (typeof object.cpuSystemNs === "object" ? object.cpuSystemNs.low || object.cpuSystemNs.high : $Number(object.cpuSystemNs) !== 0)
                            if ($util.Long)
                                message.cpuSystemNs = $util.Long.fromValue(object.cpuSystemNs, true);
                            else if (typeof object.cpuSystemNs === "string")
                                message.cpuSystemNs = $parseInt(object.cpuSystemNs, 10);
                            else if (typeof object.cpuSystemNs === "number")
                                message.cpuSystemNs = object.cpuSystemNs;
                            else if (typeof object.cpuSystemNs === "object")
                                message.cpuSystemNs = new $util.LongBits(object.cpuSystemNs.low >>> 0, object.cpuSystemNs.high >>> 0).toNumber(true);
                    if (object.memoryUsage != null)
                        if (typeof object.memoryUsage === "object" ? object.memoryUsage.low || object.memoryUsage.high : $Number(object.memoryUsage) !== 0)
                            if ($util.Long)
                                message.memoryUsage = $util.Long.fromValue(object.memoryUsage, true);
                            else if (typeof object.memoryUsage === "string")
                                message.memoryUsage = $parseInt(object.memoryUsage, 10);
                            else if (typeof object.memoryUsage === "number")
                                message.memoryUsage = object.memoryUsage;
                            else if (typeof object.memoryUsage === "object")
                                message.memoryUsage = new $util.LongBits(object.memoryUsage.low >>> 0, object.memoryUsage.high >>> 0).toNumber(true);
                    if (object.memoryLimit != null)
                        if (typeof object.memoryLimit === "object" ? object.memoryLimit.low || object.memoryLimit.high : $Number(object.memoryLimit) !== 0)
                            if ($util.Long)
                                message.memoryLimit = $util.Long.fromValue(object.memoryLimit, true);
                            else if (typeof object.memoryLimit === "string")
                                message.memoryLimit = $parseInt(object.memoryLimit, 10);
                            else if (typeof object.memoryLimit === "number")
                                message.memoryLimit = object.memoryLimit;
                            else if (typeof object.memoryLimit === "object")
                                message.memoryLimit = new $util.LongBits(object.memoryLimit.low >>> 0, object.memoryLimit.high >>> 0).toNumber(true);
                    if (object.memoryStat) {
                        if (!$util.isObject(object.memoryStat))
                            throw $TypeError(".berth.shim.v1.StatsResponse.memoryStat: object expected");
                        message.memoryStat = {};
                        for (var keys = $Object.keys(object.memoryStat), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.memoryStat, keys[i]);
                            if ($util.Long)
                                message.memoryStat[keys[i]] = $util.Long.fromValue(object.memoryStat[keys[i]], true);
                            else if (typeof object.memoryStat[keys[i]] === "string")
                                message.memoryStat[keys[i]] = $parseInt(object.memoryStat[keys[i]], 10);
                            else if (typeof object.memoryStat[keys[i]] === "number")
                                message.memoryStat[keys[i]] = object.memoryStat[keys[i]];
                            else if (typeof object.memoryStat[keys[i]] === "object")
                                message.memoryStat[keys[i]] = new $util.LongBits(object.memoryStat[keys[i]].low >>> 0, object.memoryStat[keys[i]].high >>> 0).toNumber(true);
                        }
                    }
                    if (object.pidsCurrent != null)
                        if (typeof object.pidsCurrent === "object" ? object.pidsCurrent.low || object.pidsCurrent.high : $Number(object.pidsCurrent) !== 0)
                            if ($util.Long)
                                message.pidsCurrent = $util.Long.fromValue(object.pidsCurrent, true);
                            else if (typeof object.pidsCurrent === "string")
                                message.pidsCurrent = $parseInt(object.pidsCurrent, 10);
                            else if (typeof object.pidsCurrent === "number")
                                message.pidsCurrent = object.pidsCurrent;
                            else if (typeof object.pidsCurrent === "object")
                                message.pidsCurrent = new $util.LongBits(object.pidsCurrent.low >>> 0, object.pidsCurrent.high >>> 0).toNumber(true);
                    if (object.pidsLimit != null)
                        if (typeof object.pidsLimit === "object" ? object.pidsLimit.low || object.pidsLimit.high : $Number(object.pidsLimit) !== 0)
                            if ($util.Long)
                                message.pidsLimit = $util.Long.fromValue(object.pidsLimit, true);
                            else if (typeof object.pidsLimit === "string")
                                message.pidsLimit = $parseInt(object.pidsLimit, 10);
                            else if (typeof object.pidsLimit === "number")
                                message.pidsLimit = object.pidsLimit;
                            else if (typeof object.pidsLimit === "object")
                                message.pidsLimit = new $util.LongBits(object.pidsLimit.low >>> 0, object.pidsLimit.high >>> 0).toNumber(true);
                    if (object.blkio) {
                        if (!$Array.isArray(object.blkio))
                            throw $TypeError(".berth.shim.v1.StatsResponse.blkio: array expected");
                        message.blkio = $Array(object.blkio.length);
                        for (var i = 0; i < object.blkio.length; ++i) {
                            if (!$util.isObject(object.blkio[i]))
                                throw $TypeError(".berth.shim.v1.StatsResponse.blkio: object expected");
                            message.blkio[i] = $root.berth.shim.v1.BlkioEntry.fromObject(object.blkio[i], _depth + 1);
                        }
                    }
                    if (object.oomKills != null)
                        if (typeof object.oomKills === "object" ? object.oomKills.low || object.oomKills.high : $Number(object.oomKills) !== 0)
                            if ($util.Long)
                                message.oomKills = $util.Long.fromValue(object.oomKills, true);
                            else if (typeof object.oomKills === "string")
                                message.oomKills = $parseInt(object.oomKills, 10);
                            else if (typeof object.oomKills === "number")
                                message.oomKills = object.oomKills;
                            else if (typeof object.oomKills === "object")
                                message.oomKills = new $util.LongBits(object.oomKills.low >>> 0, object.oomKills.high >>> 0).toNumber(true);
                    if (object.cpuPercpuNs) {
                        if (!$Array.isArray(object.cpuPercpuNs))
                            throw $TypeError(".berth.shim.v1.StatsResponse.cpuPercpuNs: array expected");
                        message.cpuPercpuNs = $Array(object.cpuPercpuNs.length);
                        for (var i = 0; i < object.cpuPercpuNs.length; ++i)
                            if ($util.Long)
                                message.cpuPercpuNs[i] = $util.Long.fromValue(object.cpuPercpuNs[i], true);
                            else if (typeof object.cpuPercpuNs[i] === "string")
                                message.cpuPercpuNs[i] = $parseInt(object.cpuPercpuNs[i], 10);
                            else if (typeof object.cpuPercpuNs[i] === "number")
                                message.cpuPercpuNs[i] = object.cpuPercpuNs[i];
                            else if (typeof object.cpuPercpuNs[i] === "object")
                                message.cpuPercpuNs[i] = new $util.LongBits(object.cpuPercpuNs[i].low >>> 0, object.cpuPercpuNs[i].high >>> 0).toNumber(true);
                    }
                    if (object.throttlePeriods != null)
                        if (typeof object.throttlePeriods === "object" ? object.throttlePeriods.low || object.throttlePeriods.high : $Number(object.throttlePeriods) !== 0)
                            if ($util.Long)
                                message.throttlePeriods = $util.Long.fromValue(object.throttlePeriods, true);
                            else if (typeof object.throttlePeriods === "string")
                                message.throttlePeriods = $parseInt(object.throttlePeriods, 10);
                            else if (typeof object.throttlePeriods === "number")
                                message.throttlePeriods = object.throttlePeriods;
                            else if (typeof object.throttlePeriods === "object")
                                message.throttlePeriods = new $util.LongBits(object.throttlePeriods.low >>> 0, object.throttlePeriods.high >>> 0).toNumber(true);
                    if (object.throttledPeriods != null)
                        if (typeof object.throttledPeriods === "object" ? object.throttledPeriods.low || object.throttledPeriods.high : $Number(object.throttledPeriods) !== 0)
                            if ($util.Long)
                                message.throttledPeriods = $util.Long.fromValue(object.throttledPeriods, true);
                            else if (typeof object.throttledPeriods === "string")
                                message.throttledPeriods = $parseInt(object.throttledPeriods, 10);
                            else if (typeof object.throttledPeriods === "number")
                                message.throttledPeriods = object.throttledPeriods;
                            else if (typeof object.throttledPeriods === "object")
                                message.throttledPeriods = new $util.LongBits(object.throttledPeriods.low >>> 0, object.throttledPeriods.high >>> 0).toNumber(true);
                    if (object.throttledTimeNs != null)
                        if (typeof object.throttledTimeNs === "object" ? object.throttledTimeNs.low || object.throttledTimeNs.high : $Number(object.throttledTimeNs) !== 0)
                            if ($util.Long)
                                message.throttledTimeNs = $util.Long.fromValue(object.throttledTimeNs, true);
                            else if (typeof object.throttledTimeNs === "string")
                                message.throttledTimeNs = $parseInt(object.throttledTimeNs, 10);
                            else if (typeof object.throttledTimeNs === "number")
                                message.throttledTimeNs = object.throttledTimeNs;
                            else if (typeof object.throttledTimeNs === "object")
                                message.throttledTimeNs = new $util.LongBits(object.throttledTimeNs.low >>> 0, object.throttledTimeNs.high >>> 0).toNumber(true);
                    if (object.memoryMaxUsage != null)
                        if (typeof object.memoryMaxUsage === "object" ? object.memoryMaxUsage.low || object.memoryMaxUsage.high : $Number(object.memoryMaxUsage) !== 0)
                            if ($util.Long)
                                message.memoryMaxUsage = $util.Long.fromValue(object.memoryMaxUsage, true);
                            else if (typeof object.memoryMaxUsage === "string")
                                message.memoryMaxUsage = $parseInt(object.memoryMaxUsage, 10);
                            else if (typeof object.memoryMaxUsage === "number")
                                message.memoryMaxUsage = object.memoryMaxUsage;
                            else if (typeof object.memoryMaxUsage === "object")
                                message.memoryMaxUsage = new $util.LongBits(object.memoryMaxUsage.low >>> 0, object.memoryMaxUsage.high >>> 0).toNumber(true);
                    if (object.memoryFailcnt != null)
                        if (typeof object.memoryFailcnt === "object" ? object.memoryFailcnt.low || object.memoryFailcnt.high : $Number(object.memoryFailcnt) !== 0)
                            if ($util.Long)
                                message.memoryFailcnt = $util.Long.fromValue(object.memoryFailcnt, true);
                            else if (typeof object.memoryFailcnt === "string")
                                message.memoryFailcnt = $parseInt(object.memoryFailcnt, 10);
                            else if (typeof object.memoryFailcnt === "number")
                                message.memoryFailcnt = object.memoryFailcnt;
                            else if (typeof object.memoryFailcnt === "object")
                                message.memoryFailcnt = new $util.LongBits(object.memoryFailcnt.low >>> 0, object.memoryFailcnt.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a StatsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {berth.shim.v1.StatsResponse} message StatsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.blkio = [];
                        object.cpuPercpuNs = [];
                    }
                    if (options.objects || options.defaults)
                        object.memoryStat = {};
                    if (options.defaults) {
                        object.cgroupVersion = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuUsageNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuUsageNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuUserNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuUserNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuSystemNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuSystemNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.memoryUsage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryUsage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.memoryLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.pidsCurrent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.pidsCurrent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.pidsLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.pidsLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.oomKills = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.oomKills = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.throttlePeriods = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.throttlePeriods = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.throttledPeriods = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.throttledPeriods = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.throttledTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.throttledTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.memoryMaxUsage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryMaxUsage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.memoryFailcnt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryFailcnt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.cgroupVersion != null && $Object.hasOwnProperty.call(message, "cgroupVersion"))
                        object.cgroupVersion = message.cgroupVersion;
                    if (message.cpuUsageNs != null && $Object.hasOwnProperty.call(message, "cpuUsageNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuUsageNs = typeof message.cpuUsageNs === "number" ? $BigInt(message.cpuUsageNs) : $util.Long.fromBits(message.cpuUsageNs.low >>> 0, message.cpuUsageNs.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuUsageNs === "number")
                            object.cpuUsageNs = options.longs === $String ? $String(message.cpuUsageNs) : message.cpuUsageNs;
                        else
                            object.cpuUsageNs = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuUsageNs) : options.longs === $Number ? new $util.LongBits(message.cpuUsageNs.low >>> 0, message.cpuUsageNs.high >>> 0).toNumber(true) : message.cpuUsageNs;
                    if (message.cpuUserNs != null && $Object.hasOwnProperty.call(message, "cpuUserNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuUserNs = typeof message.cpuUserNs === "number" ? $BigInt(message.cpuUserNs) : $util.Long.fromBits(message.cpuUserNs.low >>> 0, message.cpuUserNs.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuUserNs === "number")
                            object.cpuUserNs = options.longs === $String ? $String(message.cpuUserNs) : message.cpuUserNs;
                        else
                            object.cpuUserNs = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuUserNs) : options.longs === $Number ? new $util.LongBits(message.cpuUserNs.low >>> 0, message.cpuUserNs.high >>> 0).toNumber(true) : message.cpuUserNs;
                    if (message.cpuSystemNs != null && $Object.hasOwnProperty.call(message, "cpuSystemNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuSystemNs = typeof message.cpuSystemNs === "number" ? $BigInt(message.cpuSystemNs) : $util.Long.fromBits(message.cpuSystemNs.low >>> 0, message.cpuSystemNs.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuSystemNs === "number")
                            object.cpuSystemNs = options.longs === $String ? $String(message.cpuSystemNs) : message.cpuSystemNs;
                        else
                            object.cpuSystemNs = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuSystemNs) : options.longs === $Number ? new $util.LongBits(message.cpuSystemNs.low >>> 0, message.cpuSystemNs.high >>> 0).toNumber(true) : message.cpuSystemNs;
                    if (message.memoryUsage != null && $Object.hasOwnProperty.call(message, "memoryUsage"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryUsage = typeof message.memoryUsage === "number" ? $BigInt(message.memoryUsage) : $util.Long.fromBits(message.memoryUsage.low >>> 0, message.memoryUsage.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryUsage === "number")
                            object.memoryUsage = options.longs === $String ? $String(message.memoryUsage) : message.memoryUsage;
                        else
                            object.memoryUsage = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsage) : options.longs === $Number ? new $util.LongBits(message.memoryUsage.low >>> 0, message.memoryUsage.high >>> 0).toNumber(true) : message.memoryUsage;
                    if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryLimit = typeof message.memoryLimit === "number" ? $BigInt(message.memoryLimit) : $util.Long.fromBits(message.memoryLimit.low >>> 0, message.memoryLimit.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryLimit === "number")
                            object.memoryLimit = options.longs === $String ? $String(message.memoryLimit) : message.memoryLimit;
                        else
                            object.memoryLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryLimit) : options.longs === $Number ? new $util.LongBits(message.memoryLimit.low >>> 0, message.memoryLimit.high >>> 0).toNumber(true) : message.memoryLimit;
                    var keys2;
                    if (message.memoryStat && (keys2 = $Object.keys(message.memoryStat)).length) {
                        object.memoryStat = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.memoryStat, keys2[j]);
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.memoryStat[keys2[j]] = typeof message.memoryStat[keys2[j]] === "number" ? $BigInt(message.memoryStat[keys2[j]]) : $util.Long.fromBits(message.memoryStat[keys2[j]].low >>> 0, message.memoryStat[keys2[j]].high >>> 0, true).toBigInt();
                            else if (typeof message.memoryStat[keys2[j]] === "number")
                                object.memoryStat[keys2[j]] = options.longs === $String ? $String(message.memoryStat[keys2[j]]) : message.memoryStat[keys2[j]];
                            else
                                object.memoryStat[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryStat[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.memoryStat[keys2[j]].low >>> 0, message.memoryStat[keys2[j]].high >>> 0).toNumber(true) : message.memoryStat[keys2[j]];
                        }
                    }
                    if (message.pidsCurrent != null && $Object.hasOwnProperty.call(message, "pidsCurrent"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.pidsCurrent = typeof message.pidsCurrent === "number" ? $BigInt(message.pidsCurrent) : $util.Long.fromBits(message.pidsCurrent.low >>> 0, message.pidsCurrent.high >>> 0, true).toBigInt();
                        else if (typeof message.pidsCurrent === "number")
                            object.pidsCurrent = options.longs === $String ? $String(message.pidsCurrent) : message.pidsCurrent;
                        else
                            object.pidsCurrent = options.longs === $String ? $util.Long.prototype.toString.call(message.pidsCurrent) : options.longs === $Number ? new $util.LongBits(message.pidsCurrent.low >>> 0, message.pidsCurrent.high >>> 0).toNumber(true) : message.pidsCurrent;
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.pidsLimit = typeof message.pidsLimit === "number" ? $BigInt(message.pidsLimit) : $util.Long.fromBits(message.pidsLimit.low >>> 0, message.pidsLimit.high >>> 0, true).toBigInt();
                        else if (typeof message.pidsLimit === "number")
                            object.pidsLimit = options.longs === $String ? $String(message.pidsLimit) : message.pidsLimit;
                        else
                            object.pidsLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.pidsLimit) : options.longs === $Number ? new $util.LongBits(message.pidsLimit.low >>> 0, message.pidsLimit.high >>> 0).toNumber(true) : message.pidsLimit;
                    if (message.blkio && message.blkio.length) {
                        object.blkio = $Array(message.blkio.length);
                        for (var j = 0; j < message.blkio.length; ++j)
                            object.blkio[j] = $root.berth.shim.v1.BlkioEntry.toObject(message.blkio[j], options, _depth + 1);
                    }
                    if (message.oomKills != null && $Object.hasOwnProperty.call(message, "oomKills"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.oomKills = typeof message.oomKills === "number" ? $BigInt(message.oomKills) : $util.Long.fromBits(message.oomKills.low >>> 0, message.oomKills.high >>> 0, true).toBigInt();
                        else if (typeof message.oomKills === "number")
                            object.oomKills = options.longs === $String ? $String(message.oomKills) : message.oomKills;
                        else
                            object.oomKills = options.longs === $String ? $util.Long.prototype.toString.call(message.oomKills) : options.longs === $Number ? new $util.LongBits(message.oomKills.low >>> 0, message.oomKills.high >>> 0).toNumber(true) : message.oomKills;
                    if (message.cpuPercpuNs && message.cpuPercpuNs.length) {
                        object.cpuPercpuNs = $Array(message.cpuPercpuNs.length);
                        for (var j = 0; j < message.cpuPercpuNs.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.cpuPercpuNs[j] = typeof message.cpuPercpuNs[j] === "number" ? $BigInt(message.cpuPercpuNs[j]) : $util.Long.fromBits(message.cpuPercpuNs[j].low >>> 0, message.cpuPercpuNs[j].high >>> 0, true).toBigInt();
                            else if (typeof message.cpuPercpuNs[j] === "number")
                                object.cpuPercpuNs[j] = options.longs === $String ? $String(message.cpuPercpuNs[j]) : message.cpuPercpuNs[j];
                            else
                                object.cpuPercpuNs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuPercpuNs[j]) : options.longs === $Number ? new $util.LongBits(message.cpuPercpuNs[j].low >>> 0, message.cpuPercpuNs[j].high >>> 0).toNumber(true) : message.cpuPercpuNs[j];
                    }
                    if (message.throttlePeriods != null && $Object.hasOwnProperty.call(message, "throttlePeriods"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.throttlePeriods = typeof message.throttlePeriods === "number" ? $BigInt(message.throttlePeriods) : $util.Long.fromBits(message.throttlePeriods.low >>> 0, message.throttlePeriods.high >>> 0, true).toBigInt();
                        else if (typeof message.throttlePeriods === "number")
                            object.throttlePeriods = options.longs === $String ? $String(message.throttlePeriods) : message.throttlePeriods;
                        else
                            object.throttlePeriods = options.longs === $String ? $util.Long.prototype.toString.call(message.throttlePeriods) : options.longs === $Number ? new $util.LongBits(message.throttlePeriods.low >>> 0, message.throttlePeriods.high >>> 0).toNumber(true) : message.throttlePeriods;
                    if (message.throttledPeriods != null && $Object.hasOwnProperty.call(message, "throttledPeriods"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.throttledPeriods = typeof message.throttledPeriods === "number" ? $BigInt(message.throttledPeriods) : $util.Long.fromBits(message.throttledPeriods.low >>> 0, message.throttledPeriods.high >>> 0, true).toBigInt();
                        else if (typeof message.throttledPeriods === "number")
                            object.throttledPeriods = options.longs === $String ? $String(message.throttledPeriods) : message.throttledPeriods;
                        else
                            object.throttledPeriods = options.longs === $String ? $util.Long.prototype.toString.call(message.throttledPeriods) : options.longs === $Number ? new $util.LongBits(message.throttledPeriods.low >>> 0, message.throttledPeriods.high >>> 0).toNumber(true) : message.throttledPeriods;
                    if (message.throttledTimeNs != null && $Object.hasOwnProperty.call(message, "throttledTimeNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.throttledTimeNs = typeof message.throttledTimeNs === "number" ? $BigInt(message.throttledTimeNs) : $util.Long.fromBits(message.throttledTimeNs.low >>> 0, message.throttledTimeNs.high >>> 0, true).toBigInt();
                        else if (typeof message.throttledTimeNs === "number")
                            object.throttledTimeNs = options.longs === $String ? $String(message.throttledTimeNs) : message.throttledTimeNs;
                        else
                            object.throttledTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.throttledTimeNs) : options.longs === $Number ? new $util.LongBits(message.throttledTimeNs.low >>> 0, message.throttledTimeNs.high >>> 0).toNumber(true) : message.throttledTimeNs;
                    if (message.memoryMaxUsage != null && $Object.hasOwnProperty.call(message, "memoryMaxUsage"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryMaxUsage = typeof message.memoryMaxUsage === "number" ? $BigInt(message.memoryMaxUsage) : $util.Long.fromBits(message.memoryMaxUsage.low >>> 0, message.memoryMaxUsage.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryMaxUsage === "number")
                            object.memoryMaxUsage = options.longs === $String ? $String(message.memoryMaxUsage) : message.memoryMaxUsage;
                        else
                            object.memoryMaxUsage = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMaxUsage) : options.longs === $Number ? new $util.LongBits(message.memoryMaxUsage.low >>> 0, message.memoryMaxUsage.high >>> 0).toNumber(true) : message.memoryMaxUsage;
                    if (message.memoryFailcnt != null && $Object.hasOwnProperty.call(message, "memoryFailcnt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryFailcnt = typeof message.memoryFailcnt === "number" ? $BigInt(message.memoryFailcnt) : $util.Long.fromBits(message.memoryFailcnt.low >>> 0, message.memoryFailcnt.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryFailcnt === "number")
                            object.memoryFailcnt = options.longs === $String ? $String(message.memoryFailcnt) : message.memoryFailcnt;
                        else
                            object.memoryFailcnt = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryFailcnt) : options.longs === $Number ? new $util.LongBits(message.memoryFailcnt.low >>> 0, message.memoryFailcnt.high >>> 0).toNumber(true) : message.memoryFailcnt;
                    return object;
                };

                /**
                 * Converts this StatsResponse to JSON.
                 * @function toJSON
                 * @memberof berth.shim.v1.StatsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatsResponse.prototype.toJSON = function() {
                    return StatsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatsResponse
                 * @function getTypeUrl
                 * @memberof berth.shim.v1.StatsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.shim.v1.StatsResponse";
                };

                return StatsResponse;
            })();

            return v1;
        })();

        return shim;
    })();

    berth.snapshots = (function() {

        /**
         * Namespace snapshots.
         * @memberof berth
         * @namespace
         */
        var snapshots = {};

        snapshots.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof berth.snapshots
             * @namespace
             */
            var v1 = {};

            v1.Empty = (function() {

                /**
                 * Properties of an Empty.
                 * @typedef {Object} berth.snapshots.v1.Empty.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Empty.
                 * @memberof berth.snapshots.v1
                 * @interface IEmpty
                 * @augments berth.snapshots.v1.Empty.$Properties
                 * @deprecated Use berth.snapshots.v1.Empty.$Properties instead.
                 */

                /**
                 * Shape of an Empty.
                 * @typedef {berth.snapshots.v1.Empty.$Properties} berth.snapshots.v1.Empty.$Shape
                 */

                /**
                 * Constructs a new Empty.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents an Empty.
                 * @constructor
                 * @param {berth.snapshots.v1.Empty.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Empty = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {berth.snapshots.v1.Empty.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.Empty} Empty instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.Empty.$Shape): berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape;
                 *   (properties?: berth.snapshots.v1.Empty.$Properties): berth.snapshots.v1.Empty;
                 * }}
                 */
                Empty.create = function(properties) {
                    return new Empty(properties);
                };

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link berth.snapshots.v1.Empty.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {berth.snapshots.v1.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Empty message, length delimited. Does not implicitly {@link berth.snapshots.v1.Empty.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {berth.snapshots.v1.Empty.$Properties} message Empty message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Empty.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.Empty();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Empty message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Empty.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Empty message.
                 * @function verify
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Empty.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.Empty} Empty
                 */
                Empty.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.Empty)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.Empty: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.berth.snapshots.v1.Empty();
                };

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {berth.snapshots.v1.Empty} message Empty
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Empty.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Empty to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.Empty
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Empty.prototype.toJSON = function() {
                    return Empty.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Empty
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.Empty
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Empty.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.Empty";
                };

                return Empty;
            })();

            v1.Mount = (function() {

                /**
                 * Properties of a Mount.
                 * @typedef {Object} berth.snapshots.v1.Mount.$Properties
                 * @property {string|null} [type] Mount type
                 * @property {string|null} [source] Mount source
                 * @property {Array.<string>|null} [options] Mount options
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Mount.
                 * @memberof berth.snapshots.v1
                 * @interface IMount
                 * @augments berth.snapshots.v1.Mount.$Properties
                 * @deprecated Use berth.snapshots.v1.Mount.$Properties instead.
                 */

                /**
                 * Shape of a Mount.
                 * @typedef {berth.snapshots.v1.Mount.$Properties} berth.snapshots.v1.Mount.$Shape
                 */

                /**
                 * Constructs a new Mount.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a Mount.
                 * @constructor
                 * @param {berth.snapshots.v1.Mount.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Mount = function (properties) {
                    this.options = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Mount type.
                 * @member {string} type
                 * @memberof berth.snapshots.v1.Mount
                 * @instance
                 */
                Mount.prototype.type = "";

                /**
                 * Mount source.
                 * @member {string} source
                 * @memberof berth.snapshots.v1.Mount
                 * @instance
                 */
                Mount.prototype.source = "";

                /**
                 * Mount options.
                 * @member {Array.<string>} options
                 * @memberof berth.snapshots.v1.Mount
                 * @instance
                 */
                Mount.prototype.options = $util.emptyArray;

                /**
                 * Creates a new Mount instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {berth.snapshots.v1.Mount.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.Mount} Mount instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.Mount.$Shape): berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape;
                 *   (properties?: berth.snapshots.v1.Mount.$Properties): berth.snapshots.v1.Mount;
                 * }}
                 */
                Mount.create = function(properties) {
                    return new Mount(properties);
                };

                /**
                 * Encodes the specified Mount message. Does not implicitly {@link berth.snapshots.v1.Mount.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {berth.snapshots.v1.Mount.$Properties} message Mount message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mount.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                    if (message.options != null && message.options.length)
                        for (var i = 0; i < message.options.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.options[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Mount message, length delimited. Does not implicitly {@link berth.snapshots.v1.Mount.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {berth.snapshots.v1.Mount.$Properties} message Mount message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mount.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Mount message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mount.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.Mount();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.options && message.options.length))
                                    message.options = [];
                                message.options.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Mount message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mount.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Mount message.
                 * @function verify
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Mount.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        if (!$util.isString(message.source))
                            return "source: string expected";
                    if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                        if (!$Array.isArray(message.options))
                            return "options: array expected";
                        for (var i = 0; i < message.options.length; ++i)
                            if (!$util.isString(message.options[i]))
                                return "options: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Mount message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.Mount} Mount
                 */
                Mount.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.Mount)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.Mount: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.Mount();
                    if (object.type != null)
                        if (typeof object.type !== "string" || object.type.length)
                            message.type = $String(object.type);
                    if (object.source != null)
                        if (typeof object.source !== "string" || object.source.length)
                            message.source = $String(object.source);
                    if (object.options) {
                        if (!$Array.isArray(object.options))
                            throw $TypeError(".berth.snapshots.v1.Mount.options: array expected");
                        message.options = $Array(object.options.length);
                        for (var i = 0; i < object.options.length; ++i)
                            message.options[i] = $String(object.options[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Mount message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {berth.snapshots.v1.Mount} message Mount
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Mount.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.options = [];
                    if (options.defaults) {
                        object.type = "";
                        object.source = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        object.source = message.source;
                    if (message.options && message.options.length) {
                        object.options = $Array(message.options.length);
                        for (var j = 0; j < message.options.length; ++j)
                            object.options[j] = message.options[j];
                    }
                    return object;
                };

                /**
                 * Converts this Mount to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.Mount
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Mount.prototype.toJSON = function() {
                    return Mount.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Mount
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.Mount
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Mount.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.Mount";
                };

                return Mount;
            })();

            /**
             * Kind enum.
             * @name berth.snapshots.v1.Kind
             * @enum {number}
             * @property {number} KIND_UNKNOWN=0 KIND_UNKNOWN value
             * @property {number} KIND_ACTIVE=1 KIND_ACTIVE value
             * @property {number} KIND_COMMITTED=2 KIND_COMMITTED value
             * @property {number} KIND_VIEW=3 KIND_VIEW value
             */
            v1.Kind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNKNOWN"] = 0;
                values[valuesById[1] = "KIND_ACTIVE"] = 1;
                values[valuesById[2] = "KIND_COMMITTED"] = 2;
                values[valuesById[3] = "KIND_VIEW"] = 3;
                return values;
            })();

            v1.Info = (function() {

                /**
                 * Properties of an Info.
                 * @typedef {Object} berth.snapshots.v1.Info.$Properties
                 * @property {string|null} [key] Info key
                 * @property {string|null} [parent] Info parent
                 * @property {berth.snapshots.v1.Kind|null} [kind] Info kind
                 * @property {google.protobuf.Timestamp.$Properties|null} [created] Info created
                 * @property {Object.<string,string>|null} [labels] Info labels
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Info.
                 * @memberof berth.snapshots.v1
                 * @interface IInfo
                 * @augments berth.snapshots.v1.Info.$Properties
                 * @deprecated Use berth.snapshots.v1.Info.$Properties instead.
                 */

                /**
                 * Shape of an Info.
                 * @typedef {berth.snapshots.v1.Info.$Properties} berth.snapshots.v1.Info.$Shape
                 */

                /**
                 * Constructs a new Info.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents an Info.
                 * @constructor
                 * @param {berth.snapshots.v1.Info.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Info = function (properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Info key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.Info
                 * @instance
                 */
                Info.prototype.key = "";

                /**
                 * Info parent.
                 * @member {string} parent
                 * @memberof berth.snapshots.v1.Info
                 * @instance
                 */
                Info.prototype.parent = "";

                /**
                 * Info kind.
                 * @member {berth.snapshots.v1.Kind} kind
                 * @memberof berth.snapshots.v1.Info
                 * @instance
                 */
                Info.prototype.kind = 0;

                /**
                 * Info created.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} created
                 * @memberof berth.snapshots.v1.Info
                 * @instance
                 */
                Info.prototype.created = null;

                /**
                 * Info labels.
                 * @member {Object.<string,string>} labels
                 * @memberof berth.snapshots.v1.Info
                 * @instance
                 */
                Info.prototype.labels = $util.emptyObject;

                /**
                 * Creates a new Info instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {berth.snapshots.v1.Info.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.Info} Info instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.Info.$Shape): berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape;
                 *   (properties?: berth.snapshots.v1.Info.$Properties): berth.snapshots.v1.Info;
                 * }}
                 */
                Info.create = function(properties) {
                    return new Info(properties);
                };

                /**
                 * Encodes the specified Info message. Does not implicitly {@link berth.snapshots.v1.Info.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {berth.snapshots.v1.Info.$Properties} message Info message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Info.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.parent);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                        $root.google.protobuf.Timestamp.encode(message.created, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Info message, length delimited. Does not implicitly {@link berth.snapshots.v1.Info.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {berth.snapshots.v1.Info.$Properties} message Info message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Info.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Info message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape} Info
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Info.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.Info();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.parent = value;
                                else
                                    delete message.parent;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.created = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.created);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Info message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape} Info
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Info.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Info message.
                 * @function verify
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Info.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                        if (!$util.isString(message.parent))
                            return "parent: string expected";
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                            return "kind: enum value expected";
                    if (message.created != null && $Object.hasOwnProperty.call(message, "created")) {
                        var error = $root.google.protobuf.Timestamp.verify(message.created, _depth + 1);
                        if (error)
                            return "created." + error;
                    }
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                        if (!$util.isObject(message.labels))
                            return "labels: object expected";
                        var key = $Object.keys(message.labels);
                        for (var i = 0; i < key.length; ++i)
                            if (!$util.isString(message.labels[key[i]]))
                                return "labels: string{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates an Info message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.Info} Info
                 */
                Info.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.Info)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.Info: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.Info();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    if (object.parent != null)
                        if (typeof object.parent !== "string" || object.parent.length)
                            message.parent = $String(object.parent);
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.berth.snapshots.v1.Kind[object.kind] !== 0))
                        switch (object.kind) {
                        case "KIND_UNKNOWN":
                        case 0:
                            message.kind = 0;
                            break;
                        case "KIND_ACTIVE":
                        case 1:
                            message.kind = 1;
                            break;
                        case "KIND_COMMITTED":
                        case 2:
                            message.kind = 2;
                            break;
                        case "KIND_VIEW":
                        case 3:
                            message.kind = 3;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.created != null) {
                        if (!$util.isObject(object.created))
                            throw $TypeError(".berth.snapshots.v1.Info.created: object expected");
                        message.created = $root.google.protobuf.Timestamp.fromObject(object.created, _depth + 1);
                    }
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw $TypeError(".berth.snapshots.v1.Info.labels: object expected");
                        message.labels = {};
                        for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = $String(object.labels[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Info message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {berth.snapshots.v1.Info} message Info
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Info.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.key = "";
                        object.parent = "";
                        object.kind = options.enums === $String ? "KIND_UNKNOWN" : 0;
                        object.created = null;
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                        object.parent = message.parent;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.berth.snapshots.v1.Kind[message.kind] === $undefined ? message.kind : $root.berth.snapshots.v1.Kind[message.kind] : message.kind;
                    if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                        object.created = $root.google.protobuf.Timestamp.toObject(message.created, options, _depth + 1);
                    var keys2;
                    if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this Info to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.Info
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Info.prototype.toJSON = function() {
                    return Info.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Info
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.Info
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Info.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.Info";
                };

                return Info;
            })();

            v1.StatSnapshotRequest = (function() {

                /**
                 * Properties of a StatSnapshotRequest.
                 * @typedef {Object} berth.snapshots.v1.StatSnapshotRequest.$Properties
                 * @property {string|null} [key] StatSnapshotRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IStatSnapshotRequest
                 * @augments berth.snapshots.v1.StatSnapshotRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.StatSnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a StatSnapshotRequest.
                 * @typedef {berth.snapshots.v1.StatSnapshotRequest.$Properties} berth.snapshots.v1.StatSnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new StatSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a StatSnapshotRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.StatSnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StatSnapshotRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatSnapshotRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @instance
                 */
                StatSnapshotRequest.prototype.key = "";

                /**
                 * Creates a new StatSnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.StatSnapshotRequest} StatSnapshotRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.StatSnapshotRequest.$Shape): berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.StatSnapshotRequest.$Properties): berth.snapshots.v1.StatSnapshotRequest;
                 * }}
                 */
                StatSnapshotRequest.create = function(properties) {
                    return new StatSnapshotRequest(properties);
                };

                /**
                 * Encodes the specified StatSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.StatSnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotRequest.$Properties} message StatSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatSnapshotRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.StatSnapshotRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotRequest.$Properties} message StatSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatSnapshotRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatSnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape} StatSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.StatSnapshotRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StatSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape} StatSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatSnapshotRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StatSnapshotRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatSnapshotRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    return null;
                };

                /**
                 * Creates a StatSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.StatSnapshotRequest} StatSnapshotRequest
                 */
                StatSnapshotRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.StatSnapshotRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.StatSnapshotRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.StatSnapshotRequest();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a StatSnapshotRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotRequest} message StatSnapshotRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatSnapshotRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.key = "";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this StatSnapshotRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatSnapshotRequest.prototype.toJSON = function() {
                    return StatSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatSnapshotRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.StatSnapshotRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatSnapshotRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.StatSnapshotRequest";
                };

                return StatSnapshotRequest;
            })();

            v1.StatSnapshotResponse = (function() {

                /**
                 * Properties of a StatSnapshotResponse.
                 * @typedef {Object} berth.snapshots.v1.StatSnapshotResponse.$Properties
                 * @property {berth.snapshots.v1.Info.$Properties|null} [info] StatSnapshotResponse info
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatSnapshotResponse.
                 * @memberof berth.snapshots.v1
                 * @interface IStatSnapshotResponse
                 * @augments berth.snapshots.v1.StatSnapshotResponse.$Properties
                 * @deprecated Use berth.snapshots.v1.StatSnapshotResponse.$Properties instead.
                 */

                /**
                 * Shape of a StatSnapshotResponse.
                 * @typedef {berth.snapshots.v1.StatSnapshotResponse.$Properties} berth.snapshots.v1.StatSnapshotResponse.$Shape
                 */

                /**
                 * Constructs a new StatSnapshotResponse.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a StatSnapshotResponse.
                 * @constructor
                 * @param {berth.snapshots.v1.StatSnapshotResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StatSnapshotResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatSnapshotResponse info.
                 * @member {berth.snapshots.v1.Info.$Properties|null|undefined} info
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @instance
                 */
                StatSnapshotResponse.prototype.info = null;

                /**
                 * Creates a new StatSnapshotResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.StatSnapshotResponse} StatSnapshotResponse instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.StatSnapshotResponse.$Shape): berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape;
                 *   (properties?: berth.snapshots.v1.StatSnapshotResponse.$Properties): berth.snapshots.v1.StatSnapshotResponse;
                 * }}
                 */
                StatSnapshotResponse.create = function(properties) {
                    return new StatSnapshotResponse(properties);
                };

                /**
                 * Encodes the specified StatSnapshotResponse message. Does not implicitly {@link berth.snapshots.v1.StatSnapshotResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotResponse.$Properties} message StatSnapshotResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatSnapshotResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        $root.berth.snapshots.v1.Info.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatSnapshotResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.StatSnapshotResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotResponse.$Properties} message StatSnapshotResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatSnapshotResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatSnapshotResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape} StatSnapshotResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.StatSnapshotResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.info = $root.berth.snapshots.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StatSnapshotResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape} StatSnapshotResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatSnapshotResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StatSnapshotResponse message.
                 * @function verify
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatSnapshotResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                        var error = $root.berth.snapshots.v1.Info.verify(message.info, _depth + 1);
                        if (error)
                            return "info." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StatSnapshotResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.StatSnapshotResponse} StatSnapshotResponse
                 */
                StatSnapshotResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.StatSnapshotResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.StatSnapshotResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.StatSnapshotResponse();
                    if (object.info != null) {
                        if (!$util.isObject(object.info))
                            throw $TypeError(".berth.snapshots.v1.StatSnapshotResponse.info: object expected");
                        message.info = $root.berth.snapshots.v1.Info.fromObject(object.info, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StatSnapshotResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {berth.snapshots.v1.StatSnapshotResponse} message StatSnapshotResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatSnapshotResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.info = null;
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        object.info = $root.berth.snapshots.v1.Info.toObject(message.info, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StatSnapshotResponse to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatSnapshotResponse.prototype.toJSON = function() {
                    return StatSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatSnapshotResponse
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.StatSnapshotResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatSnapshotResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.StatSnapshotResponse";
                };

                return StatSnapshotResponse;
            })();

            v1.PrepareSnapshotRequest = (function() {

                /**
                 * Properties of a PrepareSnapshotRequest.
                 * @typedef {Object} berth.snapshots.v1.PrepareSnapshotRequest.$Properties
                 * @property {string|null} [key] PrepareSnapshotRequest key
                 * @property {string|null} [parent] PrepareSnapshotRequest parent
                 * @property {Object.<string,string>|null} [labels] PrepareSnapshotRequest labels
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PrepareSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IPrepareSnapshotRequest
                 * @augments berth.snapshots.v1.PrepareSnapshotRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.PrepareSnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a PrepareSnapshotRequest.
                 * @typedef {berth.snapshots.v1.PrepareSnapshotRequest.$Properties} berth.snapshots.v1.PrepareSnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new PrepareSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a PrepareSnapshotRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.PrepareSnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PrepareSnapshotRequest = function (properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PrepareSnapshotRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @instance
                 */
                PrepareSnapshotRequest.prototype.key = "";

                /**
                 * PrepareSnapshotRequest parent.
                 * @member {string} parent
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @instance
                 */
                PrepareSnapshotRequest.prototype.parent = "";

                /**
                 * PrepareSnapshotRequest labels.
                 * @member {Object.<string,string>} labels
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @instance
                 */
                PrepareSnapshotRequest.prototype.labels = $util.emptyObject;

                /**
                 * Creates a new PrepareSnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.PrepareSnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.PrepareSnapshotRequest} PrepareSnapshotRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.PrepareSnapshotRequest.$Shape): berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.PrepareSnapshotRequest.$Properties): berth.snapshots.v1.PrepareSnapshotRequest;
                 * }}
                 */
                PrepareSnapshotRequest.create = function(properties) {
                    return new PrepareSnapshotRequest(properties);
                };

                /**
                 * Encodes the specified PrepareSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.PrepareSnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.PrepareSnapshotRequest.$Properties} message PrepareSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PrepareSnapshotRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.parent);
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PrepareSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.PrepareSnapshotRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.PrepareSnapshotRequest.$Properties} message PrepareSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PrepareSnapshotRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PrepareSnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape} PrepareSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PrepareSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.PrepareSnapshotRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.parent = value;
                                else
                                    delete message.parent;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PrepareSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape} PrepareSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PrepareSnapshotRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PrepareSnapshotRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PrepareSnapshotRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                        if (!$util.isString(message.parent))
                            return "parent: string expected";
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                        if (!$util.isObject(message.labels))
                            return "labels: object expected";
                        var key = $Object.keys(message.labels);
                        for (var i = 0; i < key.length; ++i)
                            if (!$util.isString(message.labels[key[i]]))
                                return "labels: string{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates a PrepareSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.PrepareSnapshotRequest} PrepareSnapshotRequest
                 */
                PrepareSnapshotRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.PrepareSnapshotRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.PrepareSnapshotRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.PrepareSnapshotRequest();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    if (object.parent != null)
                        if (typeof object.parent !== "string" || object.parent.length)
                            message.parent = $String(object.parent);
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw $TypeError(".berth.snapshots.v1.PrepareSnapshotRequest.labels: object expected");
                        message.labels = {};
                        for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = $String(object.labels[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PrepareSnapshotRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.PrepareSnapshotRequest} message PrepareSnapshotRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PrepareSnapshotRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.key = "";
                        object.parent = "";
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                        object.parent = message.parent;
                    var keys2;
                    if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this PrepareSnapshotRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PrepareSnapshotRequest.prototype.toJSON = function() {
                    return PrepareSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PrepareSnapshotRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.PrepareSnapshotRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PrepareSnapshotRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.PrepareSnapshotRequest";
                };

                return PrepareSnapshotRequest;
            })();

            v1.ViewSnapshotRequest = (function() {

                /**
                 * Properties of a ViewSnapshotRequest.
                 * @typedef {Object} berth.snapshots.v1.ViewSnapshotRequest.$Properties
                 * @property {string|null} [key] ViewSnapshotRequest key
                 * @property {string|null} [parent] ViewSnapshotRequest parent
                 * @property {Object.<string,string>|null} [labels] ViewSnapshotRequest labels
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ViewSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IViewSnapshotRequest
                 * @augments berth.snapshots.v1.ViewSnapshotRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.ViewSnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a ViewSnapshotRequest.
                 * @typedef {berth.snapshots.v1.ViewSnapshotRequest.$Properties} berth.snapshots.v1.ViewSnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new ViewSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a ViewSnapshotRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.ViewSnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ViewSnapshotRequest = function (properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ViewSnapshotRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @instance
                 */
                ViewSnapshotRequest.prototype.key = "";

                /**
                 * ViewSnapshotRequest parent.
                 * @member {string} parent
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @instance
                 */
                ViewSnapshotRequest.prototype.parent = "";

                /**
                 * ViewSnapshotRequest labels.
                 * @member {Object.<string,string>} labels
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @instance
                 */
                ViewSnapshotRequest.prototype.labels = $util.emptyObject;

                /**
                 * Creates a new ViewSnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.ViewSnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.ViewSnapshotRequest} ViewSnapshotRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.ViewSnapshotRequest.$Shape): berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.ViewSnapshotRequest.$Properties): berth.snapshots.v1.ViewSnapshotRequest;
                 * }}
                 */
                ViewSnapshotRequest.create = function(properties) {
                    return new ViewSnapshotRequest(properties);
                };

                /**
                 * Encodes the specified ViewSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.ViewSnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.ViewSnapshotRequest.$Properties} message ViewSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ViewSnapshotRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.parent);
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ViewSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.ViewSnapshotRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.ViewSnapshotRequest.$Properties} message ViewSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ViewSnapshotRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ViewSnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape} ViewSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ViewSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.ViewSnapshotRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.parent = value;
                                else
                                    delete message.parent;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ViewSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape} ViewSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ViewSnapshotRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ViewSnapshotRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ViewSnapshotRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                        if (!$util.isString(message.parent))
                            return "parent: string expected";
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                        if (!$util.isObject(message.labels))
                            return "labels: object expected";
                        var key = $Object.keys(message.labels);
                        for (var i = 0; i < key.length; ++i)
                            if (!$util.isString(message.labels[key[i]]))
                                return "labels: string{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates a ViewSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.ViewSnapshotRequest} ViewSnapshotRequest
                 */
                ViewSnapshotRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.ViewSnapshotRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.ViewSnapshotRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.ViewSnapshotRequest();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    if (object.parent != null)
                        if (typeof object.parent !== "string" || object.parent.length)
                            message.parent = $String(object.parent);
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw $TypeError(".berth.snapshots.v1.ViewSnapshotRequest.labels: object expected");
                        message.labels = {};
                        for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = $String(object.labels[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ViewSnapshotRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.ViewSnapshotRequest} message ViewSnapshotRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ViewSnapshotRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.key = "";
                        object.parent = "";
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                        object.parent = message.parent;
                    var keys2;
                    if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this ViewSnapshotRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ViewSnapshotRequest.prototype.toJSON = function() {
                    return ViewSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ViewSnapshotRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.ViewSnapshotRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ViewSnapshotRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.ViewSnapshotRequest";
                };

                return ViewSnapshotRequest;
            })();

            v1.MountsRequest = (function() {

                /**
                 * Properties of a MountsRequest.
                 * @typedef {Object} berth.snapshots.v1.MountsRequest.$Properties
                 * @property {string|null} [key] MountsRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MountsRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IMountsRequest
                 * @augments berth.snapshots.v1.MountsRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.MountsRequest.$Properties instead.
                 */

                /**
                 * Shape of a MountsRequest.
                 * @typedef {berth.snapshots.v1.MountsRequest.$Properties} berth.snapshots.v1.MountsRequest.$Shape
                 */

                /**
                 * Constructs a new MountsRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a MountsRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.MountsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MountsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MountsRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @instance
                 */
                MountsRequest.prototype.key = "";

                /**
                 * Creates a new MountsRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {berth.snapshots.v1.MountsRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.MountsRequest} MountsRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.MountsRequest.$Shape): berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.MountsRequest.$Properties): berth.snapshots.v1.MountsRequest;
                 * }}
                 */
                MountsRequest.create = function(properties) {
                    return new MountsRequest(properties);
                };

                /**
                 * Encodes the specified MountsRequest message. Does not implicitly {@link berth.snapshots.v1.MountsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {berth.snapshots.v1.MountsRequest.$Properties} message MountsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MountsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MountsRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.MountsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {berth.snapshots.v1.MountsRequest.$Properties} message MountsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MountsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MountsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape} MountsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MountsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.MountsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MountsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape} MountsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MountsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MountsRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MountsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    return null;
                };

                /**
                 * Creates a MountsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.MountsRequest} MountsRequest
                 */
                MountsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.MountsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.MountsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.MountsRequest();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a MountsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {berth.snapshots.v1.MountsRequest} message MountsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MountsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.key = "";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this MountsRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MountsRequest.prototype.toJSON = function() {
                    return MountsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MountsRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.MountsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MountsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.MountsRequest";
                };

                return MountsRequest;
            })();

            v1.MountsResponse = (function() {

                /**
                 * Properties of a MountsResponse.
                 * @typedef {Object} berth.snapshots.v1.MountsResponse.$Properties
                 * @property {Array.<berth.snapshots.v1.Mount.$Properties>|null} [mounts] MountsResponse mounts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MountsResponse.
                 * @memberof berth.snapshots.v1
                 * @interface IMountsResponse
                 * @augments berth.snapshots.v1.MountsResponse.$Properties
                 * @deprecated Use berth.snapshots.v1.MountsResponse.$Properties instead.
                 */

                /**
                 * Shape of a MountsResponse.
                 * @typedef {berth.snapshots.v1.MountsResponse.$Properties} berth.snapshots.v1.MountsResponse.$Shape
                 */

                /**
                 * Constructs a new MountsResponse.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a MountsResponse.
                 * @constructor
                 * @param {berth.snapshots.v1.MountsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MountsResponse = function (properties) {
                    this.mounts = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MountsResponse mounts.
                 * @member {Array.<berth.snapshots.v1.Mount.$Properties>} mounts
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @instance
                 */
                MountsResponse.prototype.mounts = $util.emptyArray;

                /**
                 * Creates a new MountsResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {berth.snapshots.v1.MountsResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.MountsResponse} MountsResponse instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.MountsResponse.$Shape): berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape;
                 *   (properties?: berth.snapshots.v1.MountsResponse.$Properties): berth.snapshots.v1.MountsResponse;
                 * }}
                 */
                MountsResponse.create = function(properties) {
                    return new MountsResponse(properties);
                };

                /**
                 * Encodes the specified MountsResponse message. Does not implicitly {@link berth.snapshots.v1.MountsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {berth.snapshots.v1.MountsResponse.$Properties} message MountsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MountsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mounts != null && message.mounts.length)
                        for (var i = 0; i < message.mounts.length; ++i)
                            $root.berth.snapshots.v1.Mount.encode(message.mounts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MountsResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.MountsResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {berth.snapshots.v1.MountsResponse.$Properties} message MountsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MountsResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MountsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape} MountsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MountsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.MountsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.mounts && message.mounts.length))
                                    message.mounts = [];
                                message.mounts.push($root.berth.snapshots.v1.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MountsResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape} MountsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MountsResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MountsResponse message.
                 * @function verify
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MountsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.mounts != null && $Object.hasOwnProperty.call(message, "mounts")) {
                        if (!$Array.isArray(message.mounts))
                            return "mounts: array expected";
                        for (var i = 0; i < message.mounts.length; ++i) {
                            var error = $root.berth.snapshots.v1.Mount.verify(message.mounts[i], _depth + 1);
                            if (error)
                                return "mounts." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a MountsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.MountsResponse} MountsResponse
                 */
                MountsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.MountsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.MountsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.MountsResponse();
                    if (object.mounts) {
                        if (!$Array.isArray(object.mounts))
                            throw $TypeError(".berth.snapshots.v1.MountsResponse.mounts: array expected");
                        message.mounts = $Array(object.mounts.length);
                        for (var i = 0; i < object.mounts.length; ++i) {
                            if (!$util.isObject(object.mounts[i]))
                                throw $TypeError(".berth.snapshots.v1.MountsResponse.mounts: object expected");
                            message.mounts[i] = $root.berth.snapshots.v1.Mount.fromObject(object.mounts[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MountsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {berth.snapshots.v1.MountsResponse} message MountsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MountsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.mounts = [];
                    if (message.mounts && message.mounts.length) {
                        object.mounts = $Array(message.mounts.length);
                        for (var j = 0; j < message.mounts.length; ++j)
                            object.mounts[j] = $root.berth.snapshots.v1.Mount.toObject(message.mounts[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this MountsResponse to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MountsResponse.prototype.toJSON = function() {
                    return MountsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MountsResponse
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.MountsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MountsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.MountsResponse";
                };

                return MountsResponse;
            })();

            v1.CommitSnapshotRequest = (function() {

                /**
                 * Properties of a CommitSnapshotRequest.
                 * @typedef {Object} berth.snapshots.v1.CommitSnapshotRequest.$Properties
                 * @property {string|null} [name] CommitSnapshotRequest name
                 * @property {string|null} [key] CommitSnapshotRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommitSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @interface ICommitSnapshotRequest
                 * @augments berth.snapshots.v1.CommitSnapshotRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.CommitSnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a CommitSnapshotRequest.
                 * @typedef {berth.snapshots.v1.CommitSnapshotRequest.$Properties} berth.snapshots.v1.CommitSnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new CommitSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a CommitSnapshotRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.CommitSnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CommitSnapshotRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CommitSnapshotRequest name.
                 * @member {string} name
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @instance
                 */
                CommitSnapshotRequest.prototype.name = "";

                /**
                 * CommitSnapshotRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @instance
                 */
                CommitSnapshotRequest.prototype.key = "";

                /**
                 * Creates a new CommitSnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.CommitSnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.CommitSnapshotRequest} CommitSnapshotRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.CommitSnapshotRequest.$Shape): berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.CommitSnapshotRequest.$Properties): berth.snapshots.v1.CommitSnapshotRequest;
                 * }}
                 */
                CommitSnapshotRequest.create = function(properties) {
                    return new CommitSnapshotRequest(properties);
                };

                /**
                 * Encodes the specified CommitSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.CommitSnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.CommitSnapshotRequest.$Properties} message CommitSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitSnapshotRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CommitSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.CommitSnapshotRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.CommitSnapshotRequest.$Properties} message CommitSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitSnapshotRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CommitSnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape} CommitSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.CommitSnapshotRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CommitSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape} CommitSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitSnapshotRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CommitSnapshotRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CommitSnapshotRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    return null;
                };

                /**
                 * Creates a CommitSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.CommitSnapshotRequest} CommitSnapshotRequest
                 */
                CommitSnapshotRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.CommitSnapshotRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.CommitSnapshotRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.CommitSnapshotRequest();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a CommitSnapshotRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.CommitSnapshotRequest} message CommitSnapshotRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommitSnapshotRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.key = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this CommitSnapshotRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommitSnapshotRequest.prototype.toJSON = function() {
                    return CommitSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CommitSnapshotRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.CommitSnapshotRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommitSnapshotRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.CommitSnapshotRequest";
                };

                return CommitSnapshotRequest;
            })();

            v1.RemoveSnapshotRequest = (function() {

                /**
                 * Properties of a RemoveSnapshotRequest.
                 * @typedef {Object} berth.snapshots.v1.RemoveSnapshotRequest.$Properties
                 * @property {string|null} [key] RemoveSnapshotRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IRemoveSnapshotRequest
                 * @augments berth.snapshots.v1.RemoveSnapshotRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.RemoveSnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a RemoveSnapshotRequest.
                 * @typedef {berth.snapshots.v1.RemoveSnapshotRequest.$Properties} berth.snapshots.v1.RemoveSnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new RemoveSnapshotRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a RemoveSnapshotRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.RemoveSnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RemoveSnapshotRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RemoveSnapshotRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @instance
                 */
                RemoveSnapshotRequest.prototype.key = "";

                /**
                 * Creates a new RemoveSnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.RemoveSnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.RemoveSnapshotRequest} RemoveSnapshotRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.RemoveSnapshotRequest.$Shape): berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.RemoveSnapshotRequest.$Properties): berth.snapshots.v1.RemoveSnapshotRequest;
                 * }}
                 */
                RemoveSnapshotRequest.create = function(properties) {
                    return new RemoveSnapshotRequest(properties);
                };

                /**
                 * Encodes the specified RemoveSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.RemoveSnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.RemoveSnapshotRequest.$Properties} message RemoveSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveSnapshotRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RemoveSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.RemoveSnapshotRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.RemoveSnapshotRequest.$Properties} message RemoveSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveSnapshotRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RemoveSnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape} RemoveSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.RemoveSnapshotRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RemoveSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape} RemoveSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveSnapshotRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RemoveSnapshotRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RemoveSnapshotRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    return null;
                };

                /**
                 * Creates a RemoveSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.RemoveSnapshotRequest} RemoveSnapshotRequest
                 */
                RemoveSnapshotRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.RemoveSnapshotRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.RemoveSnapshotRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.RemoveSnapshotRequest();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a RemoveSnapshotRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {berth.snapshots.v1.RemoveSnapshotRequest} message RemoveSnapshotRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveSnapshotRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.key = "";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this RemoveSnapshotRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveSnapshotRequest.prototype.toJSON = function() {
                    return RemoveSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveSnapshotRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.RemoveSnapshotRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveSnapshotRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.RemoveSnapshotRequest";
                };

                return RemoveSnapshotRequest;
            })();

            v1.ListSnapshotsRequest = (function() {

                /**
                 * Properties of a ListSnapshotsRequest.
                 * @typedef {Object} berth.snapshots.v1.ListSnapshotsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListSnapshotsRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IListSnapshotsRequest
                 * @augments berth.snapshots.v1.ListSnapshotsRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.ListSnapshotsRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListSnapshotsRequest.
                 * @typedef {berth.snapshots.v1.ListSnapshotsRequest.$Properties} berth.snapshots.v1.ListSnapshotsRequest.$Shape
                 */

                /**
                 * Constructs a new ListSnapshotsRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a ListSnapshotsRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.ListSnapshotsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ListSnapshotsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new ListSnapshotsRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.ListSnapshotsRequest} ListSnapshotsRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.ListSnapshotsRequest.$Shape): berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.ListSnapshotsRequest.$Properties): berth.snapshots.v1.ListSnapshotsRequest;
                 * }}
                 */
                ListSnapshotsRequest.create = function(properties) {
                    return new ListSnapshotsRequest(properties);
                };

                /**
                 * Encodes the specified ListSnapshotsRequest message. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsRequest.$Properties} message ListSnapshotsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSnapshotsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ListSnapshotsRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsRequest.$Properties} message ListSnapshotsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSnapshotsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListSnapshotsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape} ListSnapshotsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSnapshotsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.ListSnapshotsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ListSnapshotsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape} ListSnapshotsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSnapshotsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListSnapshotsRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListSnapshotsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a ListSnapshotsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.ListSnapshotsRequest} ListSnapshotsRequest
                 */
                ListSnapshotsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.ListSnapshotsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.ListSnapshotsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.berth.snapshots.v1.ListSnapshotsRequest();
                };

                /**
                 * Creates a plain object from a ListSnapshotsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsRequest} message ListSnapshotsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListSnapshotsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this ListSnapshotsRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListSnapshotsRequest.prototype.toJSON = function() {
                    return ListSnapshotsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListSnapshotsRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.ListSnapshotsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListSnapshotsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.ListSnapshotsRequest";
                };

                return ListSnapshotsRequest;
            })();

            v1.ListSnapshotsResponse = (function() {

                /**
                 * Properties of a ListSnapshotsResponse.
                 * @typedef {Object} berth.snapshots.v1.ListSnapshotsResponse.$Properties
                 * @property {Array.<berth.snapshots.v1.Info.$Properties>|null} [info] ListSnapshotsResponse info
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListSnapshotsResponse.
                 * @memberof berth.snapshots.v1
                 * @interface IListSnapshotsResponse
                 * @augments berth.snapshots.v1.ListSnapshotsResponse.$Properties
                 * @deprecated Use berth.snapshots.v1.ListSnapshotsResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListSnapshotsResponse.
                 * @typedef {berth.snapshots.v1.ListSnapshotsResponse.$Properties} berth.snapshots.v1.ListSnapshotsResponse.$Shape
                 */

                /**
                 * Constructs a new ListSnapshotsResponse.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a ListSnapshotsResponse.
                 * @constructor
                 * @param {berth.snapshots.v1.ListSnapshotsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ListSnapshotsResponse = function (properties) {
                    this.info = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListSnapshotsResponse info.
                 * @member {Array.<berth.snapshots.v1.Info.$Properties>} info
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @instance
                 */
                ListSnapshotsResponse.prototype.info = $util.emptyArray;

                /**
                 * Creates a new ListSnapshotsResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.ListSnapshotsResponse} ListSnapshotsResponse instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.ListSnapshotsResponse.$Shape): berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape;
                 *   (properties?: berth.snapshots.v1.ListSnapshotsResponse.$Properties): berth.snapshots.v1.ListSnapshotsResponse;
                 * }}
                 */
                ListSnapshotsResponse.create = function(properties) {
                    return new ListSnapshotsResponse(properties);
                };

                /**
                 * Encodes the specified ListSnapshotsResponse message. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsResponse.$Properties} message ListSnapshotsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSnapshotsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.info != null && message.info.length)
                        for (var i = 0; i < message.info.length; ++i)
                            $root.berth.snapshots.v1.Info.encode(message.info[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ListSnapshotsResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsResponse.$Properties} message ListSnapshotsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSnapshotsResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListSnapshotsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape} ListSnapshotsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSnapshotsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.ListSnapshotsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.info && message.info.length))
                                    message.info = [];
                                message.info.push($root.berth.snapshots.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ListSnapshotsResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape} ListSnapshotsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSnapshotsResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListSnapshotsResponse message.
                 * @function verify
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListSnapshotsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                        if (!$Array.isArray(message.info))
                            return "info: array expected";
                        for (var i = 0; i < message.info.length; ++i) {
                            var error = $root.berth.snapshots.v1.Info.verify(message.info[i], _depth + 1);
                            if (error)
                                return "info." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ListSnapshotsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.ListSnapshotsResponse} ListSnapshotsResponse
                 */
                ListSnapshotsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.ListSnapshotsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.ListSnapshotsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.ListSnapshotsResponse();
                    if (object.info) {
                        if (!$Array.isArray(object.info))
                            throw $TypeError(".berth.snapshots.v1.ListSnapshotsResponse.info: array expected");
                        message.info = $Array(object.info.length);
                        for (var i = 0; i < object.info.length; ++i) {
                            if (!$util.isObject(object.info[i]))
                                throw $TypeError(".berth.snapshots.v1.ListSnapshotsResponse.info: object expected");
                            message.info[i] = $root.berth.snapshots.v1.Info.fromObject(object.info[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ListSnapshotsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {berth.snapshots.v1.ListSnapshotsResponse} message ListSnapshotsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListSnapshotsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.info = [];
                    if (message.info && message.info.length) {
                        object.info = $Array(message.info.length);
                        for (var j = 0; j < message.info.length; ++j)
                            object.info[j] = $root.berth.snapshots.v1.Info.toObject(message.info[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ListSnapshotsResponse to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListSnapshotsResponse.prototype.toJSON = function() {
                    return ListSnapshotsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListSnapshotsResponse
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.ListSnapshotsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListSnapshotsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.ListSnapshotsResponse";
                };

                return ListSnapshotsResponse;
            })();

            v1.UsageRequest = (function() {

                /**
                 * Properties of a UsageRequest.
                 * @typedef {Object} berth.snapshots.v1.UsageRequest.$Properties
                 * @property {string|null} [key] UsageRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UsageRequest.
                 * @memberof berth.snapshots.v1
                 * @interface IUsageRequest
                 * @augments berth.snapshots.v1.UsageRequest.$Properties
                 * @deprecated Use berth.snapshots.v1.UsageRequest.$Properties instead.
                 */

                /**
                 * Shape of a UsageRequest.
                 * @typedef {berth.snapshots.v1.UsageRequest.$Properties} berth.snapshots.v1.UsageRequest.$Shape
                 */

                /**
                 * Constructs a new UsageRequest.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a UsageRequest.
                 * @constructor
                 * @param {berth.snapshots.v1.UsageRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var UsageRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UsageRequest key.
                 * @member {string} key
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @instance
                 */
                UsageRequest.prototype.key = "";

                /**
                 * Creates a new UsageRequest instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {berth.snapshots.v1.UsageRequest.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.UsageRequest} UsageRequest instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.UsageRequest.$Shape): berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape;
                 *   (properties?: berth.snapshots.v1.UsageRequest.$Properties): berth.snapshots.v1.UsageRequest;
                 * }}
                 */
                UsageRequest.create = function(properties) {
                    return new UsageRequest(properties);
                };

                /**
                 * Encodes the specified UsageRequest message. Does not implicitly {@link berth.snapshots.v1.UsageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {berth.snapshots.v1.UsageRequest.$Properties} message UsageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UsageRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified UsageRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.UsageRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {berth.snapshots.v1.UsageRequest.$Properties} message UsageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UsageRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a UsageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape} UsageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UsageRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.UsageRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a UsageRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape} UsageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UsageRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a UsageRequest message.
                 * @function verify
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UsageRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    return null;
                };

                /**
                 * Creates a UsageRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.UsageRequest} UsageRequest
                 */
                UsageRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.UsageRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.UsageRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.UsageRequest();
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a UsageRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {berth.snapshots.v1.UsageRequest} message UsageRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UsageRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.key = "";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this UsageRequest to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UsageRequest.prototype.toJSON = function() {
                    return UsageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UsageRequest
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.UsageRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UsageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.UsageRequest";
                };

                return UsageRequest;
            })();

            v1.UsageResponse = (function() {

                /**
                 * Properties of a UsageResponse.
                 * @typedef {Object} berth.snapshots.v1.UsageResponse.$Properties
                 * @property {number|Long|null} [size] UsageResponse size
                 * @property {number|Long|null} [inodes] UsageResponse inodes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UsageResponse.
                 * @memberof berth.snapshots.v1
                 * @interface IUsageResponse
                 * @augments berth.snapshots.v1.UsageResponse.$Properties
                 * @deprecated Use berth.snapshots.v1.UsageResponse.$Properties instead.
                 */

                /**
                 * Shape of a UsageResponse.
                 * @typedef {berth.snapshots.v1.UsageResponse.$Properties} berth.snapshots.v1.UsageResponse.$Shape
                 */

                /**
                 * Constructs a new UsageResponse.
                 * @memberof berth.snapshots.v1
                 * @classdesc Represents a UsageResponse.
                 * @constructor
                 * @param {berth.snapshots.v1.UsageResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var UsageResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UsageResponse size.
                 * @member {number|Long} size
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @instance
                 */
                UsageResponse.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * UsageResponse inodes.
                 * @member {number|Long} inodes
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @instance
                 */
                UsageResponse.prototype.inodes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new UsageResponse instance using the specified properties.
                 * @function create
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {berth.snapshots.v1.UsageResponse.$Properties=} [properties] Properties to set
                 * @returns {berth.snapshots.v1.UsageResponse} UsageResponse instance
                 * @type {{
                 *   (properties: berth.snapshots.v1.UsageResponse.$Shape): berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape;
                 *   (properties?: berth.snapshots.v1.UsageResponse.$Properties): berth.snapshots.v1.UsageResponse;
                 * }}
                 */
                UsageResponse.create = function(properties) {
                    return new UsageResponse(properties);
                };

                /**
                 * Encodes the specified UsageResponse message. Does not implicitly {@link berth.snapshots.v1.UsageResponse.verify|verify} messages.
                 * @function encode
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {berth.snapshots.v1.UsageResponse.$Properties} message UsageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UsageResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.size);
                    if (message.inodes != null && $Object.hasOwnProperty.call(message, "inodes") && (typeof message.inodes === "object" ? message.inodes.low || message.inodes.high : message.inodes !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.inodes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified UsageResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.UsageResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {berth.snapshots.v1.UsageResponse.$Properties} message UsageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UsageResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a UsageResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape} UsageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UsageResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.berth.snapshots.v1.UsageResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.size = value;
                                else
                                    delete message.size;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.inodes = value;
                                else
                                    delete message.inodes;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a UsageResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape} UsageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UsageResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a UsageResponse message.
                 * @function verify
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UsageResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                            return "size: integer|Long expected";
                    if (message.inodes != null && $Object.hasOwnProperty.call(message, "inodes"))
                        if (!$util.isInteger(message.inodes) && !(message.inodes && $util.isInteger(message.inodes.low) && $util.isInteger(message.inodes.high)))
                            return "inodes: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a UsageResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {berth.snapshots.v1.UsageResponse} UsageResponse
                 */
                UsageResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.berth.snapshots.v1.UsageResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".berth.snapshots.v1.UsageResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.berth.snapshots.v1.UsageResponse();
                    if (object.size != null)
                        if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                            if ($util.Long)
                                message.size = $util.Long.fromValue(object.size, false);
                            else if (typeof object.size === "string")
                                message.size = $parseInt(object.size, 10);
                            else if (typeof object.size === "number")
                                message.size = object.size;
                            else if (typeof object.size === "object")
                                message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                    if (object.inodes != null)
                        if (typeof object.inodes === "object" ? object.inodes.low || object.inodes.high : $Number(object.inodes) !== 0)
                            if ($util.Long)
                                message.inodes = $util.Long.fromValue(object.inodes, false);
                            else if (typeof object.inodes === "string")
                                message.inodes = $parseInt(object.inodes, 10);
                            else if (typeof object.inodes === "number")
                                message.inodes = object.inodes;
                            else if (typeof object.inodes === "object")
                                message.inodes = new $util.LongBits(object.inodes.low >>> 0, object.inodes.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a UsageResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {berth.snapshots.v1.UsageResponse} message UsageResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UsageResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.inodes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.inodes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                        else if (typeof message.size === "number")
                            object.size = options.longs === $String ? $String(message.size) : message.size;
                        else
                            object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                    if (message.inodes != null && $Object.hasOwnProperty.call(message, "inodes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.inodes = typeof message.inodes === "number" ? $BigInt(message.inodes) : $util.Long.fromBits(message.inodes.low >>> 0, message.inodes.high >>> 0, false).toBigInt();
                        else if (typeof message.inodes === "number")
                            object.inodes = options.longs === $String ? $String(message.inodes) : message.inodes;
                        else
                            object.inodes = options.longs === $String ? $util.Long.prototype.toString.call(message.inodes) : options.longs === $Number ? new $util.LongBits(message.inodes.low >>> 0, message.inodes.high >>> 0).toNumber() : message.inodes;
                    return object;
                };

                /**
                 * Converts this UsageResponse to JSON.
                 * @function toJSON
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UsageResponse.prototype.toJSON = function() {
                    return UsageResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UsageResponse
                 * @function getTypeUrl
                 * @memberof berth.snapshots.v1.UsageResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UsageResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/berth.snapshots.v1.UsageResponse";
                };

                return UsageResponse;
            })();

            return v1;
        })();

        return snapshots;
    })();

    return berth;
})();

$root.google = (function() {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    var google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        var protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Timestamp = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

module.exports = $root;
