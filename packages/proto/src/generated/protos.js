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
                    if (options.defaults) {
                        object.id = "";
                        object.bundle = "";
                        object.stdin = false;
                        object.terminal = false;
                        object.logPath = "";
                        object.ioSocket = "";
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
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
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
                    if (options.defaults)
                        object.pid = 0;
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
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
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                        object.signal = message.signal;
                    if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                        object.all = message.all;
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
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
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
                    }
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
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
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
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
                    }
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
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
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
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

            return v1;
        })();

        return shim;
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
