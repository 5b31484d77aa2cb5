import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace berth. */
export namespace berth {

    /** Namespace shim. */
    namespace shim {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Empty.
             * @deprecated Use berth.shim.v1.Empty.$Properties instead.
             */
            interface IEmpty extends berth.shim.v1.Empty.$Properties {
            }

            /** Represents an Empty. */
            class Empty {

                /**
                 * Constructs a new Empty.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.Empty.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Empty instance
                 */
                static create(properties: berth.shim.v1.Empty.$Shape): berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape;
                static create(properties?: berth.shim.v1.Empty.$Properties): berth.shim.v1.Empty;

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link berth.shim.v1.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Empty message, length delimited. Does not implicitly {@link berth.shim.v1.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape;

                /**
                 * Decodes an Empty message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.Empty & berth.shim.v1.Empty.$Shape;

                /**
                 * Verifies an Empty message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Empty message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Empty
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.Empty;

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @param message Empty
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Empty to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Empty
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Empty {

                /** Properties of an Empty. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Empty. */
                type $Shape = berth.shim.v1.Empty.$Properties;
            }

            /**
             * Properties of a Mount.
             * @deprecated Use berth.shim.v1.Mount.$Properties instead.
             */
            interface IMount extends berth.shim.v1.Mount.$Properties {
            }

            /** Represents a Mount. */
            class Mount {

                /**
                 * Constructs a new Mount.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.Mount.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Mount type. */
                type: string;

                /** Mount source. */
                source: string;

                /** Mount options. */
                options: string[];

                /**
                 * Creates a new Mount instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Mount instance
                 */
                static create(properties: berth.shim.v1.Mount.$Shape): berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape;
                static create(properties?: berth.shim.v1.Mount.$Properties): berth.shim.v1.Mount;

                /**
                 * Encodes the specified Mount message. Does not implicitly {@link berth.shim.v1.Mount.verify|verify} messages.
                 * @param message Mount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Mount message, length delimited. Does not implicitly {@link berth.shim.v1.Mount.verify|verify} messages.
                 * @param message Mount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Mount message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape;

                /**
                 * Decodes a Mount message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.Mount & berth.shim.v1.Mount.$Shape;

                /**
                 * Verifies a Mount message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Mount message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Mount
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.Mount;

                /**
                 * Creates a plain object from a Mount message. Also converts values to other types if specified.
                 * @param message Mount
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Mount to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Mount
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Mount {

                /** Properties of a Mount. */
                interface $Properties {

                    /** Mount type */
                    type?: (string|null);

                    /** Mount source */
                    source?: (string|null);

                    /** Mount options */
                    options?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Mount. */
                type $Shape = berth.shim.v1.Mount.$Properties;
            }

            /**
             * Properties of a ConnectRequest.
             * @deprecated Use berth.shim.v1.ConnectRequest.$Properties instead.
             */
            interface IConnectRequest extends berth.shim.v1.ConnectRequest.$Properties {
            }

            /** Represents a ConnectRequest. */
            class ConnectRequest {

                /**
                 * Constructs a new ConnectRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.ConnectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ConnectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectRequest instance
                 */
                static create(properties: berth.shim.v1.ConnectRequest.$Shape): berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape;
                static create(properties?: berth.shim.v1.ConnectRequest.$Properties): berth.shim.v1.ConnectRequest;

                /**
                 * Encodes the specified ConnectRequest message. Does not implicitly {@link berth.shim.v1.ConnectRequest.verify|verify} messages.
                 * @param message ConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ConnectRequest.verify|verify} messages.
                 * @param message ConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape} ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape;

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape} ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.ConnectRequest & berth.shim.v1.ConnectRequest.$Shape;

                /**
                 * Verifies a ConnectRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.ConnectRequest;

                /**
                 * Creates a plain object from a ConnectRequest message. Also converts values to other types if specified.
                 * @param message ConnectRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectRequest {

                /** Properties of a ConnectRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectRequest. */
                type $Shape = berth.shim.v1.ConnectRequest.$Properties;
            }

            /**
             * Properties of a ConnectResponse.
             * @deprecated Use berth.shim.v1.ConnectResponse.$Properties instead.
             */
            interface IConnectResponse extends berth.shim.v1.ConnectResponse.$Properties {
            }

            /** Represents a ConnectResponse. */
            class ConnectResponse {

                /**
                 * Constructs a new ConnectResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.ConnectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectResponse shimPid. */
                shimPid: number;

                /** ConnectResponse version. */
                version: string;

                /**
                 * Creates a new ConnectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectResponse instance
                 */
                static create(properties: berth.shim.v1.ConnectResponse.$Shape): berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape;
                static create(properties?: berth.shim.v1.ConnectResponse.$Properties): berth.shim.v1.ConnectResponse;

                /**
                 * Encodes the specified ConnectResponse message. Does not implicitly {@link berth.shim.v1.ConnectResponse.verify|verify} messages.
                 * @param message ConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectResponse message, length delimited. Does not implicitly {@link berth.shim.v1.ConnectResponse.verify|verify} messages.
                 * @param message ConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape} ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape;

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape} ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.ConnectResponse & berth.shim.v1.ConnectResponse.$Shape;

                /**
                 * Verifies a ConnectResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.ConnectResponse;

                /**
                 * Creates a plain object from a ConnectResponse message. Also converts values to other types if specified.
                 * @param message ConnectResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.ConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectResponse {

                /** Properties of a ConnectResponse. */
                interface $Properties {

                    /** ConnectResponse shimPid */
                    shimPid?: (number|null);

                    /** ConnectResponse version */
                    version?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectResponse. */
                type $Shape = berth.shim.v1.ConnectResponse.$Properties;
            }

            /**
             * Properties of a CreateTaskRequest.
             * @deprecated Use berth.shim.v1.CreateTaskRequest.$Properties instead.
             */
            interface ICreateTaskRequest extends berth.shim.v1.CreateTaskRequest.$Properties {
            }

            /** Represents a CreateTaskRequest. */
            class CreateTaskRequest {

                /**
                 * Constructs a new CreateTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.CreateTaskRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateTaskRequest id. */
                id: string;

                /** CreateTaskRequest bundle. */
                bundle: string;

                /** CreateTaskRequest rootfs. */
                rootfs: berth.shim.v1.Mount.$Properties[];

                /** CreateTaskRequest stdin. */
                stdin: boolean;

                /** CreateTaskRequest terminal. */
                terminal: boolean;

                /** CreateTaskRequest logPath. */
                logPath: string;

                /** CreateTaskRequest ioSocket. */
                ioSocket: string;

                /**
                 * Creates a new CreateTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTaskRequest instance
                 */
                static create(properties: berth.shim.v1.CreateTaskRequest.$Shape): berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape;
                static create(properties?: berth.shim.v1.CreateTaskRequest.$Properties): berth.shim.v1.CreateTaskRequest;

                /**
                 * Encodes the specified CreateTaskRequest message. Does not implicitly {@link berth.shim.v1.CreateTaskRequest.verify|verify} messages.
                 * @param message CreateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.CreateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateTaskRequest message, length delimited. Does not implicitly {@link berth.shim.v1.CreateTaskRequest.verify|verify} messages.
                 * @param message CreateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.CreateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape} CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape;

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape} CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.CreateTaskRequest & berth.shim.v1.CreateTaskRequest.$Shape;

                /**
                 * Verifies a CreateTaskRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTaskRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.CreateTaskRequest;

                /**
                 * Creates a plain object from a CreateTaskRequest message. Also converts values to other types if specified.
                 * @param message CreateTaskRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.CreateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTaskRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateTaskRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTaskRequest {

                /** Properties of a CreateTaskRequest. */
                interface $Properties {

                    /** CreateTaskRequest id */
                    id?: (string|null);

                    /** CreateTaskRequest bundle */
                    bundle?: (string|null);

                    /** CreateTaskRequest rootfs */
                    rootfs?: (berth.shim.v1.Mount.$Properties[]|null);

                    /** CreateTaskRequest stdin */
                    stdin?: (boolean|null);

                    /** CreateTaskRequest terminal */
                    terminal?: (boolean|null);

                    /** CreateTaskRequest logPath */
                    logPath?: (string|null);

                    /** CreateTaskRequest ioSocket */
                    ioSocket?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateTaskRequest. */
                type $Shape = berth.shim.v1.CreateTaskRequest.$Properties;
            }

            /**
             * Properties of a CreateTaskResponse.
             * @deprecated Use berth.shim.v1.CreateTaskResponse.$Properties instead.
             */
            interface ICreateTaskResponse extends berth.shim.v1.CreateTaskResponse.$Properties {
            }

            /** Represents a CreateTaskResponse. */
            class CreateTaskResponse {

                /**
                 * Constructs a new CreateTaskResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.CreateTaskResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateTaskResponse pid. */
                pid: number;

                /**
                 * Creates a new CreateTaskResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTaskResponse instance
                 */
                static create(properties: berth.shim.v1.CreateTaskResponse.$Shape): berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape;
                static create(properties?: berth.shim.v1.CreateTaskResponse.$Properties): berth.shim.v1.CreateTaskResponse;

                /**
                 * Encodes the specified CreateTaskResponse message. Does not implicitly {@link berth.shim.v1.CreateTaskResponse.verify|verify} messages.
                 * @param message CreateTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.CreateTaskResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateTaskResponse message, length delimited. Does not implicitly {@link berth.shim.v1.CreateTaskResponse.verify|verify} messages.
                 * @param message CreateTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.CreateTaskResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape} CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape;

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape} CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.CreateTaskResponse & berth.shim.v1.CreateTaskResponse.$Shape;

                /**
                 * Verifies a CreateTaskResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateTaskResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTaskResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.CreateTaskResponse;

                /**
                 * Creates a plain object from a CreateTaskResponse message. Also converts values to other types if specified.
                 * @param message CreateTaskResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.CreateTaskResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTaskResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateTaskResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTaskResponse {

                /** Properties of a CreateTaskResponse. */
                interface $Properties {

                    /** CreateTaskResponse pid */
                    pid?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateTaskResponse. */
                type $Shape = berth.shim.v1.CreateTaskResponse.$Properties;
            }

            /**
             * Properties of a StartRequest.
             * @deprecated Use berth.shim.v1.StartRequest.$Properties instead.
             */
            interface IStartRequest extends berth.shim.v1.StartRequest.$Properties {
            }

            /** Represents a StartRequest. */
            class StartRequest {

                /**
                 * Constructs a new StartRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.StartRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartRequest id. */
                id: string;

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartRequest instance
                 */
                static create(properties: berth.shim.v1.StartRequest.$Shape): berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape;
                static create(properties?: berth.shim.v1.StartRequest.$Properties): berth.shim.v1.StartRequest;

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link berth.shim.v1.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StartRequest message, length delimited. Does not implicitly {@link berth.shim.v1.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.StartRequest & berth.shim.v1.StartRequest.$Shape;

                /**
                 * Verifies a StartRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.StartRequest;

                /**
                 * Creates a plain object from a StartRequest message. Also converts values to other types if specified.
                 * @param message StartRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StartRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartRequest {

                /** Properties of a StartRequest. */
                interface $Properties {

                    /** StartRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartRequest. */
                type $Shape = berth.shim.v1.StartRequest.$Properties;
            }

            /**
             * Properties of a StartResponse.
             * @deprecated Use berth.shim.v1.StartResponse.$Properties instead.
             */
            interface IStartResponse extends berth.shim.v1.StartResponse.$Properties {
            }

            /** Represents a StartResponse. */
            class StartResponse {

                /**
                 * Constructs a new StartResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.StartResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartResponse pid. */
                pid: number;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartResponse instance
                 */
                static create(properties: berth.shim.v1.StartResponse.$Shape): berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape;
                static create(properties?: berth.shim.v1.StartResponse.$Properties): berth.shim.v1.StartResponse;

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link berth.shim.v1.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StartResponse message, length delimited. Does not implicitly {@link berth.shim.v1.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.StartResponse & berth.shim.v1.StartResponse.$Shape;

                /**
                 * Verifies a StartResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.StartResponse;

                /**
                 * Creates a plain object from a StartResponse message. Also converts values to other types if specified.
                 * @param message StartResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.StartResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StartResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartResponse {

                /** Properties of a StartResponse. */
                interface $Properties {

                    /** StartResponse pid */
                    pid?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartResponse. */
                type $Shape = berth.shim.v1.StartResponse.$Properties;
            }

            /**
             * Properties of a KillRequest.
             * @deprecated Use berth.shim.v1.KillRequest.$Properties instead.
             */
            interface IKillRequest extends berth.shim.v1.KillRequest.$Properties {
            }

            /** Represents a KillRequest. */
            class KillRequest {

                /**
                 * Constructs a new KillRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.KillRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** KillRequest id. */
                id: string;

                /** KillRequest signal. */
                signal: number;

                /** KillRequest all. */
                all: boolean;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KillRequest instance
                 */
                static create(properties: berth.shim.v1.KillRequest.$Shape): berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape;
                static create(properties?: berth.shim.v1.KillRequest.$Properties): berth.shim.v1.KillRequest;

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link berth.shim.v1.KillRequest.verify|verify} messages.
                 * @param message KillRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.KillRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified KillRequest message, length delimited. Does not implicitly {@link berth.shim.v1.KillRequest.verify|verify} messages.
                 * @param message KillRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.KillRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape;

                /**
                 * Decodes a KillRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.KillRequest & berth.shim.v1.KillRequest.$Shape;

                /**
                 * Verifies a KillRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a KillRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns KillRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.KillRequest;

                /**
                 * Creates a plain object from a KillRequest message. Also converts values to other types if specified.
                 * @param message KillRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.KillRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this KillRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for KillRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace KillRequest {

                /** Properties of a KillRequest. */
                interface $Properties {

                    /** KillRequest id */
                    id?: (string|null);

                    /** KillRequest signal */
                    signal?: (number|null);

                    /** KillRequest all */
                    all?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KillRequest. */
                type $Shape = berth.shim.v1.KillRequest.$Properties;
            }

            /**
             * Properties of a WaitRequest.
             * @deprecated Use berth.shim.v1.WaitRequest.$Properties instead.
             */
            interface IWaitRequest extends berth.shim.v1.WaitRequest.$Properties {
            }

            /** Represents a WaitRequest. */
            class WaitRequest {

                /**
                 * Constructs a new WaitRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.WaitRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WaitRequest id. */
                id: string;

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitRequest instance
                 */
                static create(properties: berth.shim.v1.WaitRequest.$Shape): berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape;
                static create(properties?: berth.shim.v1.WaitRequest.$Properties): berth.shim.v1.WaitRequest;

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link berth.shim.v1.WaitRequest.verify|verify} messages.
                 * @param message WaitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.WaitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WaitRequest message, length delimited. Does not implicitly {@link berth.shim.v1.WaitRequest.verify|verify} messages.
                 * @param message WaitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.WaitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape;

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.WaitRequest & berth.shim.v1.WaitRequest.$Shape;

                /**
                 * Verifies a WaitRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WaitRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WaitRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.WaitRequest;

                /**
                 * Creates a plain object from a WaitRequest message. Also converts values to other types if specified.
                 * @param message WaitRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.WaitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WaitRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WaitRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WaitRequest {

                /** Properties of a WaitRequest. */
                interface $Properties {

                    /** WaitRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WaitRequest. */
                type $Shape = berth.shim.v1.WaitRequest.$Properties;
            }

            /**
             * Properties of a WaitResponse.
             * @deprecated Use berth.shim.v1.WaitResponse.$Properties instead.
             */
            interface IWaitResponse extends berth.shim.v1.WaitResponse.$Properties {
            }

            /** Represents a WaitResponse. */
            class WaitResponse {

                /**
                 * Constructs a new WaitResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.WaitResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WaitResponse exitStatus. */
                exitStatus: number;

                /** WaitResponse exitedAt. */
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitResponse instance
                 */
                static create(properties: berth.shim.v1.WaitResponse.$Shape): berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape;
                static create(properties?: berth.shim.v1.WaitResponse.$Properties): berth.shim.v1.WaitResponse;

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link berth.shim.v1.WaitResponse.verify|verify} messages.
                 * @param message WaitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.WaitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WaitResponse message, length delimited. Does not implicitly {@link berth.shim.v1.WaitResponse.verify|verify} messages.
                 * @param message WaitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.WaitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape;

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.WaitResponse & berth.shim.v1.WaitResponse.$Shape;

                /**
                 * Verifies a WaitResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WaitResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WaitResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.WaitResponse;

                /**
                 * Creates a plain object from a WaitResponse message. Also converts values to other types if specified.
                 * @param message WaitResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.WaitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WaitResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WaitResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WaitResponse {

                /** Properties of a WaitResponse. */
                interface $Properties {

                    /** WaitResponse exitStatus */
                    exitStatus?: (number|null);

                    /** WaitResponse exitedAt */
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WaitResponse. */
                type $Shape = berth.shim.v1.WaitResponse.$Properties;
            }

            /**
             * Properties of a DeleteRequest.
             * @deprecated Use berth.shim.v1.DeleteRequest.$Properties instead.
             */
            interface IDeleteRequest extends berth.shim.v1.DeleteRequest.$Properties {
            }

            /** Represents a DeleteRequest. */
            class DeleteRequest {

                /**
                 * Constructs a new DeleteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.DeleteRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteRequest id. */
                id: string;

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteRequest instance
                 */
                static create(properties: berth.shim.v1.DeleteRequest.$Shape): berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape;
                static create(properties?: berth.shim.v1.DeleteRequest.$Properties): berth.shim.v1.DeleteRequest;

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link berth.shim.v1.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteRequest message, length delimited. Does not implicitly {@link berth.shim.v1.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.DeleteRequest & berth.shim.v1.DeleteRequest.$Shape;

                /**
                 * Verifies a DeleteRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.DeleteRequest;

                /**
                 * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
                 * @param message DeleteRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteRequest {

                /** Properties of a DeleteRequest. */
                interface $Properties {

                    /** DeleteRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteRequest. */
                type $Shape = berth.shim.v1.DeleteRequest.$Properties;
            }

            /**
             * Properties of a DeleteResponse.
             * @deprecated Use berth.shim.v1.DeleteResponse.$Properties instead.
             */
            interface IDeleteResponse extends berth.shim.v1.DeleteResponse.$Properties {
            }

            /** Represents a DeleteResponse. */
            class DeleteResponse {

                /**
                 * Constructs a new DeleteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.DeleteResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteResponse pid. */
                pid: number;

                /** DeleteResponse exitStatus. */
                exitStatus: number;

                /** DeleteResponse exitedAt. */
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteResponse instance
                 */
                static create(properties: berth.shim.v1.DeleteResponse.$Shape): berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape;
                static create(properties?: berth.shim.v1.DeleteResponse.$Properties): berth.shim.v1.DeleteResponse;

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link berth.shim.v1.DeleteResponse.verify|verify} messages.
                 * @param message DeleteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteResponse message, length delimited. Does not implicitly {@link berth.shim.v1.DeleteResponse.verify|verify} messages.
                 * @param message DeleteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape;

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.DeleteResponse & berth.shim.v1.DeleteResponse.$Shape;

                /**
                 * Verifies a DeleteResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.DeleteResponse;

                /**
                 * Creates a plain object from a DeleteResponse message. Also converts values to other types if specified.
                 * @param message DeleteResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteResponse {

                /** Properties of a DeleteResponse. */
                interface $Properties {

                    /** DeleteResponse pid */
                    pid?: (number|null);

                    /** DeleteResponse exitStatus */
                    exitStatus?: (number|null);

                    /** DeleteResponse exitedAt */
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteResponse. */
                type $Shape = berth.shim.v1.DeleteResponse.$Properties;
            }

            /** Status enum. */
            enum Status {

                /** STATUS_UNKNOWN value */
                STATUS_UNKNOWN = 0,

                /** STATUS_CREATED value */
                STATUS_CREATED = 1,

                /** STATUS_RUNNING value */
                STATUS_RUNNING = 2,

                /** STATUS_STOPPED value */
                STATUS_STOPPED = 3,

                /** STATUS_PAUSED value */
                STATUS_PAUSED = 4
            }

            /**
             * Properties of a StateRequest.
             * @deprecated Use berth.shim.v1.StateRequest.$Properties instead.
             */
            interface IStateRequest extends berth.shim.v1.StateRequest.$Properties {
            }

            /** Represents a StateRequest. */
            class StateRequest {

                /**
                 * Constructs a new StateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.StateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateRequest id. */
                id: string;

                /**
                 * Creates a new StateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateRequest instance
                 */
                static create(properties: berth.shim.v1.StateRequest.$Shape): berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape;
                static create(properties?: berth.shim.v1.StateRequest.$Properties): berth.shim.v1.StateRequest;

                /**
                 * Encodes the specified StateRequest message. Does not implicitly {@link berth.shim.v1.StateRequest.verify|verify} messages.
                 * @param message StateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StateRequest message, length delimited. Does not implicitly {@link berth.shim.v1.StateRequest.verify|verify} messages.
                 * @param message StateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape} StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape;

                /**
                 * Decodes a StateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape} StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.StateRequest & berth.shim.v1.StateRequest.$Shape;

                /**
                 * Verifies a StateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.StateRequest;

                /**
                 * Creates a plain object from a StateRequest message. Also converts values to other types if specified.
                 * @param message StateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.StateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateRequest {

                /** Properties of a StateRequest. */
                interface $Properties {

                    /** StateRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateRequest. */
                type $Shape = berth.shim.v1.StateRequest.$Properties;
            }

            /**
             * Properties of a StateResponse.
             * @deprecated Use berth.shim.v1.StateResponse.$Properties instead.
             */
            interface IStateResponse extends berth.shim.v1.StateResponse.$Properties {
            }

            /** Represents a StateResponse. */
            class StateResponse {

                /**
                 * Constructs a new StateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.StateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateResponse id. */
                id: string;

                /** StateResponse pid. */
                pid: number;

                /** StateResponse status. */
                status: berth.shim.v1.Status;

                /** StateResponse exitStatus. */
                exitStatus: number;

                /** StateResponse exitedAt. */
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new StateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateResponse instance
                 */
                static create(properties: berth.shim.v1.StateResponse.$Shape): berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape;
                static create(properties?: berth.shim.v1.StateResponse.$Properties): berth.shim.v1.StateResponse;

                /**
                 * Encodes the specified StateResponse message. Does not implicitly {@link berth.shim.v1.StateResponse.verify|verify} messages.
                 * @param message StateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.StateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StateResponse message, length delimited. Does not implicitly {@link berth.shim.v1.StateResponse.verify|verify} messages.
                 * @param message StateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.StateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape} StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape;

                /**
                 * Decodes a StateResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape} StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.StateResponse & berth.shim.v1.StateResponse.$Shape;

                /**
                 * Verifies a StateResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.StateResponse;

                /**
                 * Creates a plain object from a StateResponse message. Also converts values to other types if specified.
                 * @param message StateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.StateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateResponse {

                /** Properties of a StateResponse. */
                interface $Properties {

                    /** StateResponse id */
                    id?: (string|null);

                    /** StateResponse pid */
                    pid?: (number|null);

                    /** StateResponse status */
                    status?: (berth.shim.v1.Status|null);

                    /** StateResponse exitStatus */
                    exitStatus?: (number|null);

                    /** StateResponse exitedAt */
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateResponse. */
                type $Shape = berth.shim.v1.StateResponse.$Properties;
            }

            /**
             * Properties of a PidsRequest.
             * @deprecated Use berth.shim.v1.PidsRequest.$Properties instead.
             */
            interface IPidsRequest extends berth.shim.v1.PidsRequest.$Properties {
            }

            /** Represents a PidsRequest. */
            class PidsRequest {

                /**
                 * Constructs a new PidsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.PidsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PidsRequest id. */
                id: string;

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsRequest instance
                 */
                static create(properties: berth.shim.v1.PidsRequest.$Shape): berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape;
                static create(properties?: berth.shim.v1.PidsRequest.$Properties): berth.shim.v1.PidsRequest;

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link berth.shim.v1.PidsRequest.verify|verify} messages.
                 * @param message PidsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.PidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PidsRequest message, length delimited. Does not implicitly {@link berth.shim.v1.PidsRequest.verify|verify} messages.
                 * @param message PidsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.PidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape;

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.PidsRequest & berth.shim.v1.PidsRequest.$Shape;

                /**
                 * Verifies a PidsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PidsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PidsRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.PidsRequest;

                /**
                 * Creates a plain object from a PidsRequest message. Also converts values to other types if specified.
                 * @param message PidsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.PidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PidsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PidsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PidsRequest {

                /** Properties of a PidsRequest. */
                interface $Properties {

                    /** PidsRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PidsRequest. */
                type $Shape = berth.shim.v1.PidsRequest.$Properties;
            }

            /**
             * Properties of a PidsResponse.
             * @deprecated Use berth.shim.v1.PidsResponse.$Properties instead.
             */
            interface IPidsResponse extends berth.shim.v1.PidsResponse.$Properties {
            }

            /** Represents a PidsResponse. */
            class PidsResponse {

                /**
                 * Constructs a new PidsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.PidsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PidsResponse pids. */
                pids: number[];

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsResponse instance
                 */
                static create(properties: berth.shim.v1.PidsResponse.$Shape): berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape;
                static create(properties?: berth.shim.v1.PidsResponse.$Properties): berth.shim.v1.PidsResponse;

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link berth.shim.v1.PidsResponse.verify|verify} messages.
                 * @param message PidsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.PidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PidsResponse message, length delimited. Does not implicitly {@link berth.shim.v1.PidsResponse.verify|verify} messages.
                 * @param message PidsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.PidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape;

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.PidsResponse & berth.shim.v1.PidsResponse.$Shape;

                /**
                 * Verifies a PidsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PidsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PidsResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.PidsResponse;

                /**
                 * Creates a plain object from a PidsResponse message. Also converts values to other types if specified.
                 * @param message PidsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.PidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PidsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PidsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PidsResponse {

                /** Properties of a PidsResponse. */
                interface $Properties {

                    /** PidsResponse pids */
                    pids?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PidsResponse. */
                type $Shape = berth.shim.v1.PidsResponse.$Properties;
            }

            /**
             * Properties of a ShutdownRequest.
             * @deprecated Use berth.shim.v1.ShutdownRequest.$Properties instead.
             */
            interface IShutdownRequest extends berth.shim.v1.ShutdownRequest.$Properties {
            }

            /** Represents a ShutdownRequest. */
            class ShutdownRequest {

                /**
                 * Constructs a new ShutdownRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.ShutdownRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownRequest instance
                 */
                static create(properties: berth.shim.v1.ShutdownRequest.$Shape): berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape;
                static create(properties?: berth.shim.v1.ShutdownRequest.$Properties): berth.shim.v1.ShutdownRequest;

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link berth.shim.v1.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ShutdownRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.ShutdownRequest & berth.shim.v1.ShutdownRequest.$Shape;

                /**
                 * Verifies a ShutdownRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ShutdownRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShutdownRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.ShutdownRequest;

                /**
                 * Creates a plain object from a ShutdownRequest message. Also converts values to other types if specified.
                 * @param message ShutdownRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShutdownRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ShutdownRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShutdownRequest {

                /** Properties of a ShutdownRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShutdownRequest. */
                type $Shape = berth.shim.v1.ShutdownRequest.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
