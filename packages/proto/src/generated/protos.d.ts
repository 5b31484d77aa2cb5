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

                /** CreateTaskRequest logDriver. */
                logDriver: string;

                /** CreateTaskRequest logOptions. */
                logOptions: { [k: string]: string };

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

                    /** CreateTaskRequest logDriver */
                    logDriver?: (string|null);

                    /** CreateTaskRequest logOptions */
                    logOptions?: ({ [k: string]: string }|null);

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

                /** StartRequest execId. */
                execId: string;

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

                    /** StartRequest execId */
                    execId?: (string|null);

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

                /** StartResponse exited. */
                exited: boolean;

                /** StartResponse exitStatus. */
                exitStatus: number;

                /** StartResponse exitedAt. */
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);

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

                    /** StartResponse exited */
                    exited?: (boolean|null);

                    /** StartResponse exitStatus */
                    exitStatus?: (number|null);

                    /** StartResponse exitedAt */
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);

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

                /** KillRequest execId. */
                execId: string;

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

                    /** KillRequest execId */
                    execId?: (string|null);

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

                /** WaitRequest execId. */
                execId: string;

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

                    /** WaitRequest execId */
                    execId?: (string|null);

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

                /** WaitResponse oomKilled. */
                oomKilled: boolean;

                /** WaitResponse reason. */
                reason: string;

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

                    /** WaitResponse oomKilled */
                    oomKilled?: (boolean|null);

                    /** WaitResponse reason */
                    reason?: (string|null);

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

                /** DeleteRequest execId. */
                execId: string;

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

                    /** DeleteRequest execId */
                    execId?: (string|null);

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

                /** DeleteResponse oomKilled. */
                oomKilled: boolean;

                /** DeleteResponse reason. */
                reason: string;

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

                    /** DeleteResponse oomKilled */
                    oomKilled?: (boolean|null);

                    /** DeleteResponse reason */
                    reason?: (string|null);

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

                /** StateRequest execId. */
                execId: string;

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

                    /** StateRequest execId */
                    execId?: (string|null);

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

                /** StateResponse oomKilled. */
                oomKilled: boolean;

                /** StateResponse reason. */
                reason: string;

                /** StateResponse execId. */
                execId: string;

                /** StateResponse terminal. */
                terminal: boolean;

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

                    /** StateResponse oomKilled */
                    oomKilled?: (boolean|null);

                    /** StateResponse reason */
                    reason?: (string|null);

                    /** StateResponse execId */
                    execId?: (string|null);

                    /** StateResponse terminal */
                    terminal?: (boolean|null);

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

            /**
             * Properties of a User.
             * @deprecated Use berth.shim.v1.User.$Properties instead.
             */
            interface IUser extends berth.shim.v1.User.$Properties {
            }

            /** Represents a User. */
            class User {

                /**
                 * Constructs a new User.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.User.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** User uid. */
                uid: number;

                /** User gid. */
                gid: number;

                /** User additionalGids. */
                additionalGids: number[];

                /**
                 * Creates a new User instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns User instance
                 */
                static create(properties: berth.shim.v1.User.$Shape): berth.shim.v1.User & berth.shim.v1.User.$Shape;
                static create(properties?: berth.shim.v1.User.$Properties): berth.shim.v1.User;

                /**
                 * Encodes the specified User message. Does not implicitly {@link berth.shim.v1.User.verify|verify} messages.
                 * @param message User message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified User message, length delimited. Does not implicitly {@link berth.shim.v1.User.verify|verify} messages.
                 * @param message User message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a User message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.User & berth.shim.v1.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.User & berth.shim.v1.User.$Shape;

                /**
                 * Decodes a User message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.User & berth.shim.v1.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.User & berth.shim.v1.User.$Shape;

                /**
                 * Verifies a User message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a User message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns User
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.User;

                /**
                 * Creates a plain object from a User message. Also converts values to other types if specified.
                 * @param message User
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.User, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this User to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for User
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace User {

                /** Properties of a User. */
                interface $Properties {

                    /** User uid */
                    uid?: (number|null);

                    /** User gid */
                    gid?: (number|null);

                    /** User additionalGids */
                    additionalGids?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a User. */
                type $Shape = berth.shim.v1.User.$Properties;
            }

            /**
             * Properties of an ExecProcessRequest.
             * @deprecated Use berth.shim.v1.ExecProcessRequest.$Properties instead.
             */
            interface IExecProcessRequest extends berth.shim.v1.ExecProcessRequest.$Properties {
            }

            /** Represents an ExecProcessRequest. */
            class ExecProcessRequest {

                /**
                 * Constructs a new ExecProcessRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.ExecProcessRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExecProcessRequest id. */
                id: string;

                /** ExecProcessRequest execId. */
                execId: string;

                /** ExecProcessRequest args. */
                args: string[];

                /** ExecProcessRequest env. */
                env: string[];

                /** ExecProcessRequest cwd. */
                cwd: string;

                /** ExecProcessRequest user. */
                user?: (berth.shim.v1.User.$Properties|null);

                /** ExecProcessRequest terminal. */
                terminal: boolean;

                /** ExecProcessRequest stdin. */
                stdin: boolean;

                /** ExecProcessRequest ioSocket. */
                ioSocket: string;

                /** ExecProcessRequest capabilities. */
                capabilities: string[];

                /**
                 * Creates a new ExecProcessRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecProcessRequest instance
                 */
                static create(properties: berth.shim.v1.ExecProcessRequest.$Shape): berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape;
                static create(properties?: berth.shim.v1.ExecProcessRequest.$Properties): berth.shim.v1.ExecProcessRequest;

                /**
                 * Encodes the specified ExecProcessRequest message. Does not implicitly {@link berth.shim.v1.ExecProcessRequest.verify|verify} messages.
                 * @param message ExecProcessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExecProcessRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ExecProcessRequest.verify|verify} messages.
                 * @param message ExecProcessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape} ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape;

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape} ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.ExecProcessRequest & berth.shim.v1.ExecProcessRequest.$Shape;

                /**
                 * Verifies an ExecProcessRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExecProcessRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExecProcessRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.ExecProcessRequest;

                /**
                 * Creates a plain object from an ExecProcessRequest message. Also converts values to other types if specified.
                 * @param message ExecProcessRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExecProcessRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExecProcessRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecProcessRequest {

                /** Properties of an ExecProcessRequest. */
                interface $Properties {

                    /** ExecProcessRequest id */
                    id?: (string|null);

                    /** ExecProcessRequest execId */
                    execId?: (string|null);

                    /** ExecProcessRequest args */
                    args?: (string[]|null);

                    /** ExecProcessRequest env */
                    env?: (string[]|null);

                    /** ExecProcessRequest cwd */
                    cwd?: (string|null);

                    /** ExecProcessRequest user */
                    user?: (berth.shim.v1.User.$Properties|null);

                    /** ExecProcessRequest terminal */
                    terminal?: (boolean|null);

                    /** ExecProcessRequest stdin */
                    stdin?: (boolean|null);

                    /** ExecProcessRequest ioSocket */
                    ioSocket?: (string|null);

                    /** ExecProcessRequest capabilities */
                    capabilities?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExecProcessRequest. */
                type $Shape = berth.shim.v1.ExecProcessRequest.$Properties;
            }

            /**
             * Properties of a ResizePtyRequest.
             * @deprecated Use berth.shim.v1.ResizePtyRequest.$Properties instead.
             */
            interface IResizePtyRequest extends berth.shim.v1.ResizePtyRequest.$Properties {
            }

            /** Represents a ResizePtyRequest. */
            class ResizePtyRequest {

                /**
                 * Constructs a new ResizePtyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.ResizePtyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResizePtyRequest id. */
                id: string;

                /** ResizePtyRequest execId. */
                execId: string;

                /** ResizePtyRequest width. */
                width: number;

                /** ResizePtyRequest height. */
                height: number;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResizePtyRequest instance
                 */
                static create(properties: berth.shim.v1.ResizePtyRequest.$Shape): berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape;
                static create(properties?: berth.shim.v1.ResizePtyRequest.$Properties): berth.shim.v1.ResizePtyRequest;

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link berth.shim.v1.ResizePtyRequest.verify|verify} messages.
                 * @param message ResizePtyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.ResizePtyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResizePtyRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ResizePtyRequest.verify|verify} messages.
                 * @param message ResizePtyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.ResizePtyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape;

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.ResizePtyRequest & berth.shim.v1.ResizePtyRequest.$Shape;

                /**
                 * Verifies a ResizePtyRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResizePtyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResizePtyRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.ResizePtyRequest;

                /**
                 * Creates a plain object from a ResizePtyRequest message. Also converts values to other types if specified.
                 * @param message ResizePtyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.ResizePtyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResizePtyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResizePtyRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResizePtyRequest {

                /** Properties of a ResizePtyRequest. */
                interface $Properties {

                    /** ResizePtyRequest id */
                    id?: (string|null);

                    /** ResizePtyRequest execId */
                    execId?: (string|null);

                    /** ResizePtyRequest width */
                    width?: (number|null);

                    /** ResizePtyRequest height */
                    height?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResizePtyRequest. */
                type $Shape = berth.shim.v1.ResizePtyRequest.$Properties;
            }

            /**
             * Properties of a CloseIORequest.
             * @deprecated Use berth.shim.v1.CloseIORequest.$Properties instead.
             */
            interface ICloseIORequest extends berth.shim.v1.CloseIORequest.$Properties {
            }

            /** Represents a CloseIORequest. */
            class CloseIORequest {

                /**
                 * Constructs a new CloseIORequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.CloseIORequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloseIORequest id. */
                id: string;

                /** CloseIORequest execId. */
                execId: string;

                /**
                 * Creates a new CloseIORequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseIORequest instance
                 */
                static create(properties: berth.shim.v1.CloseIORequest.$Shape): berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape;
                static create(properties?: berth.shim.v1.CloseIORequest.$Properties): berth.shim.v1.CloseIORequest;

                /**
                 * Encodes the specified CloseIORequest message. Does not implicitly {@link berth.shim.v1.CloseIORequest.verify|verify} messages.
                 * @param message CloseIORequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.CloseIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CloseIORequest message, length delimited. Does not implicitly {@link berth.shim.v1.CloseIORequest.verify|verify} messages.
                 * @param message CloseIORequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.CloseIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape} CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape;

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape} CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.CloseIORequest & berth.shim.v1.CloseIORequest.$Shape;

                /**
                 * Verifies a CloseIORequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CloseIORequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseIORequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.CloseIORequest;

                /**
                 * Creates a plain object from a CloseIORequest message. Also converts values to other types if specified.
                 * @param message CloseIORequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.CloseIORequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseIORequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CloseIORequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseIORequest {

                /** Properties of a CloseIORequest. */
                interface $Properties {

                    /** CloseIORequest id */
                    id?: (string|null);

                    /** CloseIORequest execId */
                    execId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseIORequest. */
                type $Shape = berth.shim.v1.CloseIORequest.$Properties;
            }

            /**
             * Properties of a PauseRequest.
             * @deprecated Use berth.shim.v1.PauseRequest.$Properties instead.
             */
            interface IPauseRequest extends berth.shim.v1.PauseRequest.$Properties {
            }

            /** Represents a PauseRequest. */
            class PauseRequest {

                /**
                 * Constructs a new PauseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.PauseRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PauseRequest id. */
                id: string;

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseRequest instance
                 */
                static create(properties: berth.shim.v1.PauseRequest.$Shape): berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape;
                static create(properties?: berth.shim.v1.PauseRequest.$Properties): berth.shim.v1.PauseRequest;

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link berth.shim.v1.PauseRequest.verify|verify} messages.
                 * @param message PauseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PauseRequest message, length delimited. Does not implicitly {@link berth.shim.v1.PauseRequest.verify|verify} messages.
                 * @param message PauseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape;

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.PauseRequest & berth.shim.v1.PauseRequest.$Shape;

                /**
                 * Verifies a PauseRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PauseRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PauseRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.PauseRequest;

                /**
                 * Creates a plain object from a PauseRequest message. Also converts values to other types if specified.
                 * @param message PauseRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.PauseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PauseRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PauseRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PauseRequest {

                /** Properties of a PauseRequest. */
                interface $Properties {

                    /** PauseRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PauseRequest. */
                type $Shape = berth.shim.v1.PauseRequest.$Properties;
            }

            /**
             * Properties of a ResumeRequest.
             * @deprecated Use berth.shim.v1.ResumeRequest.$Properties instead.
             */
            interface IResumeRequest extends berth.shim.v1.ResumeRequest.$Properties {
            }

            /** Represents a ResumeRequest. */
            class ResumeRequest {

                /**
                 * Constructs a new ResumeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.ResumeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResumeRequest id. */
                id: string;

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeRequest instance
                 */
                static create(properties: berth.shim.v1.ResumeRequest.$Shape): berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape;
                static create(properties?: berth.shim.v1.ResumeRequest.$Properties): berth.shim.v1.ResumeRequest;

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link berth.shim.v1.ResumeRequest.verify|verify} messages.
                 * @param message ResumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResumeRequest message, length delimited. Does not implicitly {@link berth.shim.v1.ResumeRequest.verify|verify} messages.
                 * @param message ResumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape;

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.ResumeRequest & berth.shim.v1.ResumeRequest.$Shape;

                /**
                 * Verifies a ResumeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResumeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResumeRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.ResumeRequest;

                /**
                 * Creates a plain object from a ResumeRequest message. Also converts values to other types if specified.
                 * @param message ResumeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.ResumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResumeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResumeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResumeRequest {

                /** Properties of a ResumeRequest. */
                interface $Properties {

                    /** ResumeRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResumeRequest. */
                type $Shape = berth.shim.v1.ResumeRequest.$Properties;
            }

            /**
             * Properties of a Resources.
             * @deprecated Use berth.shim.v1.Resources.$Properties instead.
             */
            interface IResources extends berth.shim.v1.Resources.$Properties {
            }

            /** Represents a Resources. */
            class Resources {

                /**
                 * Constructs a new Resources.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.Resources.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Resources memoryLimit. */
                memoryLimit: (number|Long);

                /** Resources memorySwap. */
                memorySwap: (number|Long);

                /** Resources cpuShares. */
                cpuShares: (number|Long);

                /** Resources cpuQuota. */
                cpuQuota: (number|Long);

                /** Resources cpuPeriod. */
                cpuPeriod: (number|Long);

                /** Resources cpusetCpus. */
                cpusetCpus: string;

                /** Resources cpusetMems. */
                cpusetMems: string;

                /** Resources pidsLimit. */
                pidsLimit: (number|Long);

                /** Resources blkioWeight. */
                blkioWeight: number;

                /**
                 * Creates a new Resources instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Resources instance
                 */
                static create(properties: berth.shim.v1.Resources.$Shape): berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape;
                static create(properties?: berth.shim.v1.Resources.$Properties): berth.shim.v1.Resources;

                /**
                 * Encodes the specified Resources message. Does not implicitly {@link berth.shim.v1.Resources.verify|verify} messages.
                 * @param message Resources message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Resources message, length delimited. Does not implicitly {@link berth.shim.v1.Resources.verify|verify} messages.
                 * @param message Resources message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Resources message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape} Resources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape;

                /**
                 * Decodes a Resources message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape} Resources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.Resources & berth.shim.v1.Resources.$Shape;

                /**
                 * Verifies a Resources message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Resources message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Resources
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.Resources;

                /**
                 * Creates a plain object from a Resources message. Also converts values to other types if specified.
                 * @param message Resources
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.Resources, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Resources to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Resources
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Resources {

                /** Properties of a Resources. */
                interface $Properties {

                    /** Resources memoryLimit */
                    memoryLimit?: (number|Long|null);

                    /** Resources memorySwap */
                    memorySwap?: (number|Long|null);

                    /** Resources cpuShares */
                    cpuShares?: (number|Long|null);

                    /** Resources cpuQuota */
                    cpuQuota?: (number|Long|null);

                    /** Resources cpuPeriod */
                    cpuPeriod?: (number|Long|null);

                    /** Resources cpusetCpus */
                    cpusetCpus?: (string|null);

                    /** Resources cpusetMems */
                    cpusetMems?: (string|null);

                    /** Resources pidsLimit */
                    pidsLimit?: (number|Long|null);

                    /** Resources blkioWeight */
                    blkioWeight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Resources. */
                type $Shape = berth.shim.v1.Resources.$Properties;
            }

            /**
             * Properties of an UpdateTaskRequest.
             * @deprecated Use berth.shim.v1.UpdateTaskRequest.$Properties instead.
             */
            interface IUpdateTaskRequest extends berth.shim.v1.UpdateTaskRequest.$Properties {
            }

            /** Represents an UpdateTaskRequest. */
            class UpdateTaskRequest {

                /**
                 * Constructs a new UpdateTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.UpdateTaskRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpdateTaskRequest id. */
                id: string;

                /** UpdateTaskRequest resources. */
                resources?: (berth.shim.v1.Resources.$Properties|null);

                /**
                 * Creates a new UpdateTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateTaskRequest instance
                 */
                static create(properties: berth.shim.v1.UpdateTaskRequest.$Shape): berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape;
                static create(properties?: berth.shim.v1.UpdateTaskRequest.$Properties): berth.shim.v1.UpdateTaskRequest;

                /**
                 * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link berth.shim.v1.UpdateTaskRequest.verify|verify} messages.
                 * @param message UpdateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.UpdateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpdateTaskRequest message, length delimited. Does not implicitly {@link berth.shim.v1.UpdateTaskRequest.verify|verify} messages.
                 * @param message UpdateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.UpdateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape} UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape;

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape} UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.UpdateTaskRequest & berth.shim.v1.UpdateTaskRequest.$Shape;

                /**
                 * Verifies an UpdateTaskRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpdateTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UpdateTaskRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.UpdateTaskRequest;

                /**
                 * Creates a plain object from an UpdateTaskRequest message. Also converts values to other types if specified.
                 * @param message UpdateTaskRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.UpdateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpdateTaskRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpdateTaskRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateTaskRequest {

                /** Properties of an UpdateTaskRequest. */
                interface $Properties {

                    /** UpdateTaskRequest id */
                    id?: (string|null);

                    /** UpdateTaskRequest resources */
                    resources?: (berth.shim.v1.Resources.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpdateTaskRequest. */
                type $Shape = berth.shim.v1.UpdateTaskRequest.$Properties;
            }

            /**
             * Properties of a StatsRequest.
             * @deprecated Use berth.shim.v1.StatsRequest.$Properties instead.
             */
            interface IStatsRequest extends berth.shim.v1.StatsRequest.$Properties {
            }

            /** Represents a StatsRequest. */
            class StatsRequest {

                /**
                 * Constructs a new StatsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.StatsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatsRequest id. */
                id: string;

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsRequest instance
                 */
                static create(properties: berth.shim.v1.StatsRequest.$Shape): berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape;
                static create(properties?: berth.shim.v1.StatsRequest.$Properties): berth.shim.v1.StatsRequest;

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link berth.shim.v1.StatsRequest.verify|verify} messages.
                 * @param message StatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatsRequest message, length delimited. Does not implicitly {@link berth.shim.v1.StatsRequest.verify|verify} messages.
                 * @param message StatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape;

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.StatsRequest & berth.shim.v1.StatsRequest.$Shape;

                /**
                 * Verifies a StatsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatsRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.StatsRequest;

                /**
                 * Creates a plain object from a StatsRequest message. Also converts values to other types if specified.
                 * @param message StatsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatsRequest {

                /** Properties of a StatsRequest. */
                interface $Properties {

                    /** StatsRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatsRequest. */
                type $Shape = berth.shim.v1.StatsRequest.$Properties;
            }

            /**
             * Properties of a BlkioEntry.
             * @deprecated Use berth.shim.v1.BlkioEntry.$Properties instead.
             */
            interface IBlkioEntry extends berth.shim.v1.BlkioEntry.$Properties {
            }

            /** Represents a BlkioEntry. */
            class BlkioEntry {

                /**
                 * Constructs a new BlkioEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.BlkioEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlkioEntry major. */
                major: number;

                /** BlkioEntry minor. */
                minor: number;

                /** BlkioEntry op. */
                op: string;

                /** BlkioEntry value. */
                value: (number|Long);

                /**
                 * Creates a new BlkioEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlkioEntry instance
                 */
                static create(properties: berth.shim.v1.BlkioEntry.$Shape): berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape;
                static create(properties?: berth.shim.v1.BlkioEntry.$Properties): berth.shim.v1.BlkioEntry;

                /**
                 * Encodes the specified BlkioEntry message. Does not implicitly {@link berth.shim.v1.BlkioEntry.verify|verify} messages.
                 * @param message BlkioEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.BlkioEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BlkioEntry message, length delimited. Does not implicitly {@link berth.shim.v1.BlkioEntry.verify|verify} messages.
                 * @param message BlkioEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.BlkioEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlkioEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape} BlkioEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape;

                /**
                 * Decodes a BlkioEntry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape} BlkioEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.BlkioEntry & berth.shim.v1.BlkioEntry.$Shape;

                /**
                 * Verifies a BlkioEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BlkioEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlkioEntry
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.BlkioEntry;

                /**
                 * Creates a plain object from a BlkioEntry message. Also converts values to other types if specified.
                 * @param message BlkioEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.BlkioEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlkioEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BlkioEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BlkioEntry {

                /** Properties of a BlkioEntry. */
                interface $Properties {

                    /** BlkioEntry major */
                    major?: (number|null);

                    /** BlkioEntry minor */
                    minor?: (number|null);

                    /** BlkioEntry op */
                    op?: (string|null);

                    /** BlkioEntry value */
                    value?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlkioEntry. */
                type $Shape = berth.shim.v1.BlkioEntry.$Properties;
            }

            /**
             * Properties of a StatsResponse.
             * @deprecated Use berth.shim.v1.StatsResponse.$Properties instead.
             */
            interface IStatsResponse extends berth.shim.v1.StatsResponse.$Properties {
            }

            /** Represents a StatsResponse. */
            class StatsResponse {

                /**
                 * Constructs a new StatsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.shim.v1.StatsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatsResponse cgroupVersion. */
                cgroupVersion: number;

                /** StatsResponse cpuUsageNs. */
                cpuUsageNs: (number|Long);

                /** StatsResponse cpuUserNs. */
                cpuUserNs: (number|Long);

                /** StatsResponse cpuSystemNs. */
                cpuSystemNs: (number|Long);

                /** StatsResponse memoryUsage. */
                memoryUsage: (number|Long);

                /** StatsResponse memoryLimit. */
                memoryLimit: (number|Long);

                /** StatsResponse memoryStat. */
                memoryStat: { [k: string]: (number|Long) };

                /** StatsResponse pidsCurrent. */
                pidsCurrent: (number|Long);

                /** StatsResponse pidsLimit. */
                pidsLimit: (number|Long);

                /** StatsResponse blkio. */
                blkio: berth.shim.v1.BlkioEntry.$Properties[];

                /** StatsResponse oomKills. */
                oomKills: (number|Long);

                /** StatsResponse cpuPercpuNs. */
                cpuPercpuNs: (number|Long)[];

                /** StatsResponse throttlePeriods. */
                throttlePeriods: (number|Long);

                /** StatsResponse throttledPeriods. */
                throttledPeriods: (number|Long);

                /** StatsResponse throttledTimeNs. */
                throttledTimeNs: (number|Long);

                /** StatsResponse memoryMaxUsage. */
                memoryMaxUsage: (number|Long);

                /** StatsResponse memoryFailcnt. */
                memoryFailcnt: (number|Long);

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsResponse instance
                 */
                static create(properties: berth.shim.v1.StatsResponse.$Shape): berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape;
                static create(properties?: berth.shim.v1.StatsResponse.$Properties): berth.shim.v1.StatsResponse;

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link berth.shim.v1.StatsResponse.verify|verify} messages.
                 * @param message StatsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.shim.v1.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatsResponse message, length delimited. Does not implicitly {@link berth.shim.v1.StatsResponse.verify|verify} messages.
                 * @param message StatsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.shim.v1.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape;

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.shim.v1.StatsResponse & berth.shim.v1.StatsResponse.$Shape;

                /**
                 * Verifies a StatsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatsResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.shim.v1.StatsResponse;

                /**
                 * Creates a plain object from a StatsResponse message. Also converts values to other types if specified.
                 * @param message StatsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.shim.v1.StatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatsResponse {

                /** Properties of a StatsResponse. */
                interface $Properties {

                    /** StatsResponse cgroupVersion */
                    cgroupVersion?: (number|null);

                    /** StatsResponse cpuUsageNs */
                    cpuUsageNs?: (number|Long|null);

                    /** StatsResponse cpuUserNs */
                    cpuUserNs?: (number|Long|null);

                    /** StatsResponse cpuSystemNs */
                    cpuSystemNs?: (number|Long|null);

                    /** StatsResponse memoryUsage */
                    memoryUsage?: (number|Long|null);

                    /** StatsResponse memoryLimit */
                    memoryLimit?: (number|Long|null);

                    /** StatsResponse memoryStat */
                    memoryStat?: ({ [k: string]: (number|Long) }|null);

                    /** StatsResponse pidsCurrent */
                    pidsCurrent?: (number|Long|null);

                    /** StatsResponse pidsLimit */
                    pidsLimit?: (number|Long|null);

                    /** StatsResponse blkio */
                    blkio?: (berth.shim.v1.BlkioEntry.$Properties[]|null);

                    /** StatsResponse oomKills */
                    oomKills?: (number|Long|null);

                    /** StatsResponse cpuPercpuNs */
                    cpuPercpuNs?: ((number|Long)[]|null);

                    /** StatsResponse throttlePeriods */
                    throttlePeriods?: (number|Long|null);

                    /** StatsResponse throttledPeriods */
                    throttledPeriods?: (number|Long|null);

                    /** StatsResponse throttledTimeNs */
                    throttledTimeNs?: (number|Long|null);

                    /** StatsResponse memoryMaxUsage */
                    memoryMaxUsage?: (number|Long|null);

                    /** StatsResponse memoryFailcnt */
                    memoryFailcnt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatsResponse. */
                type $Shape = berth.shim.v1.StatsResponse.$Properties;
            }
        }
    }

    /** Namespace snapshots. */
    namespace snapshots {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Empty.
             * @deprecated Use berth.snapshots.v1.Empty.$Properties instead.
             */
            interface IEmpty extends berth.snapshots.v1.Empty.$Properties {
            }

            /** Represents an Empty. */
            class Empty {

                /**
                 * Constructs a new Empty.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.Empty.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Empty instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Empty instance
                 */
                static create(properties: berth.snapshots.v1.Empty.$Shape): berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape;
                static create(properties?: berth.snapshots.v1.Empty.$Properties): berth.snapshots.v1.Empty;

                /**
                 * Encodes the specified Empty message. Does not implicitly {@link berth.snapshots.v1.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Empty message, length delimited. Does not implicitly {@link berth.snapshots.v1.Empty.verify|verify} messages.
                 * @param message Empty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Empty message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape;

                /**
                 * Decodes an Empty message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape} Empty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.Empty & berth.snapshots.v1.Empty.$Shape;

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
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.Empty;

                /**
                 * Creates a plain object from an Empty message. Also converts values to other types if specified.
                 * @param message Empty
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = berth.snapshots.v1.Empty.$Properties;
            }

            /**
             * Properties of a Mount.
             * @deprecated Use berth.snapshots.v1.Mount.$Properties instead.
             */
            interface IMount extends berth.snapshots.v1.Mount.$Properties {
            }

            /** Represents a Mount. */
            class Mount {

                /**
                 * Constructs a new Mount.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.Mount.$Properties);

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
                static create(properties: berth.snapshots.v1.Mount.$Shape): berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape;
                static create(properties?: berth.snapshots.v1.Mount.$Properties): berth.snapshots.v1.Mount;

                /**
                 * Encodes the specified Mount message. Does not implicitly {@link berth.snapshots.v1.Mount.verify|verify} messages.
                 * @param message Mount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Mount message, length delimited. Does not implicitly {@link berth.snapshots.v1.Mount.verify|verify} messages.
                 * @param message Mount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Mount message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape;

                /**
                 * Decodes a Mount message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape} Mount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.Mount & berth.snapshots.v1.Mount.$Shape;

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
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.Mount;

                /**
                 * Creates a plain object from a Mount message. Also converts values to other types if specified.
                 * @param message Mount
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = berth.snapshots.v1.Mount.$Properties;
            }

            /** Kind enum. */
            enum Kind {

                /** KIND_UNKNOWN value */
                KIND_UNKNOWN = 0,

                /** KIND_ACTIVE value */
                KIND_ACTIVE = 1,

                /** KIND_COMMITTED value */
                KIND_COMMITTED = 2,

                /** KIND_VIEW value */
                KIND_VIEW = 3
            }

            /**
             * Properties of an Info.
             * @deprecated Use berth.snapshots.v1.Info.$Properties instead.
             */
            interface IInfo extends berth.snapshots.v1.Info.$Properties {
            }

            /** Represents an Info. */
            class Info {

                /**
                 * Constructs a new Info.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.Info.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Info key. */
                key: string;

                /** Info parent. */
                parent: string;

                /** Info kind. */
                kind: berth.snapshots.v1.Kind;

                /** Info created. */
                created?: (google.protobuf.Timestamp.$Properties|null);

                /** Info labels. */
                labels: { [k: string]: string };

                /**
                 * Creates a new Info instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Info instance
                 */
                static create(properties: berth.snapshots.v1.Info.$Shape): berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape;
                static create(properties?: berth.snapshots.v1.Info.$Properties): berth.snapshots.v1.Info;

                /**
                 * Encodes the specified Info message. Does not implicitly {@link berth.snapshots.v1.Info.verify|verify} messages.
                 * @param message Info message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.Info.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Info message, length delimited. Does not implicitly {@link berth.snapshots.v1.Info.verify|verify} messages.
                 * @param message Info message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.Info.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Info message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape} Info
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape;

                /**
                 * Decodes an Info message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape} Info
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.Info & berth.snapshots.v1.Info.$Shape;

                /**
                 * Verifies an Info message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Info message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Info
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.Info;

                /**
                 * Creates a plain object from an Info message. Also converts values to other types if specified.
                 * @param message Info
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.Info, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Info to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Info
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Info {

                /** Properties of an Info. */
                interface $Properties {

                    /** Info key */
                    key?: (string|null);

                    /** Info parent */
                    parent?: (string|null);

                    /** Info kind */
                    kind?: (berth.snapshots.v1.Kind|null);

                    /** Info created */
                    created?: (google.protobuf.Timestamp.$Properties|null);

                    /** Info labels */
                    labels?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Info. */
                type $Shape = berth.snapshots.v1.Info.$Properties;
            }

            /**
             * Properties of a StatSnapshotRequest.
             * @deprecated Use berth.snapshots.v1.StatSnapshotRequest.$Properties instead.
             */
            interface IStatSnapshotRequest extends berth.snapshots.v1.StatSnapshotRequest.$Properties {
            }

            /** Represents a StatSnapshotRequest. */
            class StatSnapshotRequest {

                /**
                 * Constructs a new StatSnapshotRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.StatSnapshotRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatSnapshotRequest key. */
                key: string;

                /**
                 * Creates a new StatSnapshotRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatSnapshotRequest instance
                 */
                static create(properties: berth.snapshots.v1.StatSnapshotRequest.$Shape): berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape;
                static create(properties?: berth.snapshots.v1.StatSnapshotRequest.$Properties): berth.snapshots.v1.StatSnapshotRequest;

                /**
                 * Encodes the specified StatSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.StatSnapshotRequest.verify|verify} messages.
                 * @param message StatSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.StatSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.StatSnapshotRequest.verify|verify} messages.
                 * @param message StatSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.StatSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatSnapshotRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape} StatSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape;

                /**
                 * Decodes a StatSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape} StatSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.StatSnapshotRequest & berth.snapshots.v1.StatSnapshotRequest.$Shape;

                /**
                 * Verifies a StatSnapshotRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatSnapshotRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.StatSnapshotRequest;

                /**
                 * Creates a plain object from a StatSnapshotRequest message. Also converts values to other types if specified.
                 * @param message StatSnapshotRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.StatSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatSnapshotRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatSnapshotRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatSnapshotRequest {

                /** Properties of a StatSnapshotRequest. */
                interface $Properties {

                    /** StatSnapshotRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatSnapshotRequest. */
                type $Shape = berth.snapshots.v1.StatSnapshotRequest.$Properties;
            }

            /**
             * Properties of a StatSnapshotResponse.
             * @deprecated Use berth.snapshots.v1.StatSnapshotResponse.$Properties instead.
             */
            interface IStatSnapshotResponse extends berth.snapshots.v1.StatSnapshotResponse.$Properties {
            }

            /** Represents a StatSnapshotResponse. */
            class StatSnapshotResponse {

                /**
                 * Constructs a new StatSnapshotResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.StatSnapshotResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatSnapshotResponse info. */
                info?: (berth.snapshots.v1.Info.$Properties|null);

                /**
                 * Creates a new StatSnapshotResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatSnapshotResponse instance
                 */
                static create(properties: berth.snapshots.v1.StatSnapshotResponse.$Shape): berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape;
                static create(properties?: berth.snapshots.v1.StatSnapshotResponse.$Properties): berth.snapshots.v1.StatSnapshotResponse;

                /**
                 * Encodes the specified StatSnapshotResponse message. Does not implicitly {@link berth.snapshots.v1.StatSnapshotResponse.verify|verify} messages.
                 * @param message StatSnapshotResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.StatSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatSnapshotResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.StatSnapshotResponse.verify|verify} messages.
                 * @param message StatSnapshotResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.StatSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatSnapshotResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape} StatSnapshotResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape;

                /**
                 * Decodes a StatSnapshotResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape} StatSnapshotResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.StatSnapshotResponse & berth.snapshots.v1.StatSnapshotResponse.$Shape;

                /**
                 * Verifies a StatSnapshotResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatSnapshotResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatSnapshotResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.StatSnapshotResponse;

                /**
                 * Creates a plain object from a StatSnapshotResponse message. Also converts values to other types if specified.
                 * @param message StatSnapshotResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.StatSnapshotResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatSnapshotResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatSnapshotResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatSnapshotResponse {

                /** Properties of a StatSnapshotResponse. */
                interface $Properties {

                    /** StatSnapshotResponse info */
                    info?: (berth.snapshots.v1.Info.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatSnapshotResponse. */
                type $Shape = berth.snapshots.v1.StatSnapshotResponse.$Properties;
            }

            /**
             * Properties of a PrepareSnapshotRequest.
             * @deprecated Use berth.snapshots.v1.PrepareSnapshotRequest.$Properties instead.
             */
            interface IPrepareSnapshotRequest extends berth.snapshots.v1.PrepareSnapshotRequest.$Properties {
            }

            /** Represents a PrepareSnapshotRequest. */
            class PrepareSnapshotRequest {

                /**
                 * Constructs a new PrepareSnapshotRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.PrepareSnapshotRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PrepareSnapshotRequest key. */
                key: string;

                /** PrepareSnapshotRequest parent. */
                parent: string;

                /** PrepareSnapshotRequest labels. */
                labels: { [k: string]: string };

                /**
                 * Creates a new PrepareSnapshotRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PrepareSnapshotRequest instance
                 */
                static create(properties: berth.snapshots.v1.PrepareSnapshotRequest.$Shape): berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape;
                static create(properties?: berth.snapshots.v1.PrepareSnapshotRequest.$Properties): berth.snapshots.v1.PrepareSnapshotRequest;

                /**
                 * Encodes the specified PrepareSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.PrepareSnapshotRequest.verify|verify} messages.
                 * @param message PrepareSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.PrepareSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PrepareSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.PrepareSnapshotRequest.verify|verify} messages.
                 * @param message PrepareSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.PrepareSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrepareSnapshotRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape} PrepareSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape;

                /**
                 * Decodes a PrepareSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape} PrepareSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.PrepareSnapshotRequest & berth.snapshots.v1.PrepareSnapshotRequest.$Shape;

                /**
                 * Verifies a PrepareSnapshotRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PrepareSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PrepareSnapshotRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.PrepareSnapshotRequest;

                /**
                 * Creates a plain object from a PrepareSnapshotRequest message. Also converts values to other types if specified.
                 * @param message PrepareSnapshotRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.PrepareSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PrepareSnapshotRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PrepareSnapshotRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrepareSnapshotRequest {

                /** Properties of a PrepareSnapshotRequest. */
                interface $Properties {

                    /** PrepareSnapshotRequest key */
                    key?: (string|null);

                    /** PrepareSnapshotRequest parent */
                    parent?: (string|null);

                    /** PrepareSnapshotRequest labels */
                    labels?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PrepareSnapshotRequest. */
                type $Shape = berth.snapshots.v1.PrepareSnapshotRequest.$Properties;
            }

            /**
             * Properties of a ViewSnapshotRequest.
             * @deprecated Use berth.snapshots.v1.ViewSnapshotRequest.$Properties instead.
             */
            interface IViewSnapshotRequest extends berth.snapshots.v1.ViewSnapshotRequest.$Properties {
            }

            /** Represents a ViewSnapshotRequest. */
            class ViewSnapshotRequest {

                /**
                 * Constructs a new ViewSnapshotRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.ViewSnapshotRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ViewSnapshotRequest key. */
                key: string;

                /** ViewSnapshotRequest parent. */
                parent: string;

                /** ViewSnapshotRequest labels. */
                labels: { [k: string]: string };

                /**
                 * Creates a new ViewSnapshotRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ViewSnapshotRequest instance
                 */
                static create(properties: berth.snapshots.v1.ViewSnapshotRequest.$Shape): berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape;
                static create(properties?: berth.snapshots.v1.ViewSnapshotRequest.$Properties): berth.snapshots.v1.ViewSnapshotRequest;

                /**
                 * Encodes the specified ViewSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.ViewSnapshotRequest.verify|verify} messages.
                 * @param message ViewSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.ViewSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ViewSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.ViewSnapshotRequest.verify|verify} messages.
                 * @param message ViewSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.ViewSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ViewSnapshotRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape} ViewSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape;

                /**
                 * Decodes a ViewSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape} ViewSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.ViewSnapshotRequest & berth.snapshots.v1.ViewSnapshotRequest.$Shape;

                /**
                 * Verifies a ViewSnapshotRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ViewSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ViewSnapshotRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.ViewSnapshotRequest;

                /**
                 * Creates a plain object from a ViewSnapshotRequest message. Also converts values to other types if specified.
                 * @param message ViewSnapshotRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.ViewSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ViewSnapshotRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ViewSnapshotRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ViewSnapshotRequest {

                /** Properties of a ViewSnapshotRequest. */
                interface $Properties {

                    /** ViewSnapshotRequest key */
                    key?: (string|null);

                    /** ViewSnapshotRequest parent */
                    parent?: (string|null);

                    /** ViewSnapshotRequest labels */
                    labels?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ViewSnapshotRequest. */
                type $Shape = berth.snapshots.v1.ViewSnapshotRequest.$Properties;
            }

            /**
             * Properties of a MountsRequest.
             * @deprecated Use berth.snapshots.v1.MountsRequest.$Properties instead.
             */
            interface IMountsRequest extends berth.snapshots.v1.MountsRequest.$Properties {
            }

            /** Represents a MountsRequest. */
            class MountsRequest {

                /**
                 * Constructs a new MountsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.MountsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MountsRequest key. */
                key: string;

                /**
                 * Creates a new MountsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MountsRequest instance
                 */
                static create(properties: berth.snapshots.v1.MountsRequest.$Shape): berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape;
                static create(properties?: berth.snapshots.v1.MountsRequest.$Properties): berth.snapshots.v1.MountsRequest;

                /**
                 * Encodes the specified MountsRequest message. Does not implicitly {@link berth.snapshots.v1.MountsRequest.verify|verify} messages.
                 * @param message MountsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.MountsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MountsRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.MountsRequest.verify|verify} messages.
                 * @param message MountsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.MountsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MountsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape} MountsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape;

                /**
                 * Decodes a MountsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape} MountsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.MountsRequest & berth.snapshots.v1.MountsRequest.$Shape;

                /**
                 * Verifies a MountsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MountsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MountsRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.MountsRequest;

                /**
                 * Creates a plain object from a MountsRequest message. Also converts values to other types if specified.
                 * @param message MountsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.MountsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MountsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MountsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MountsRequest {

                /** Properties of a MountsRequest. */
                interface $Properties {

                    /** MountsRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MountsRequest. */
                type $Shape = berth.snapshots.v1.MountsRequest.$Properties;
            }

            /**
             * Properties of a MountsResponse.
             * @deprecated Use berth.snapshots.v1.MountsResponse.$Properties instead.
             */
            interface IMountsResponse extends berth.snapshots.v1.MountsResponse.$Properties {
            }

            /** Represents a MountsResponse. */
            class MountsResponse {

                /**
                 * Constructs a new MountsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.MountsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MountsResponse mounts. */
                mounts: berth.snapshots.v1.Mount.$Properties[];

                /**
                 * Creates a new MountsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MountsResponse instance
                 */
                static create(properties: berth.snapshots.v1.MountsResponse.$Shape): berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape;
                static create(properties?: berth.snapshots.v1.MountsResponse.$Properties): berth.snapshots.v1.MountsResponse;

                /**
                 * Encodes the specified MountsResponse message. Does not implicitly {@link berth.snapshots.v1.MountsResponse.verify|verify} messages.
                 * @param message MountsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.MountsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MountsResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.MountsResponse.verify|verify} messages.
                 * @param message MountsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.MountsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MountsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape} MountsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape;

                /**
                 * Decodes a MountsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape} MountsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.MountsResponse & berth.snapshots.v1.MountsResponse.$Shape;

                /**
                 * Verifies a MountsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MountsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MountsResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.MountsResponse;

                /**
                 * Creates a plain object from a MountsResponse message. Also converts values to other types if specified.
                 * @param message MountsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.MountsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MountsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MountsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MountsResponse {

                /** Properties of a MountsResponse. */
                interface $Properties {

                    /** MountsResponse mounts */
                    mounts?: (berth.snapshots.v1.Mount.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MountsResponse. */
                type $Shape = berth.snapshots.v1.MountsResponse.$Properties;
            }

            /**
             * Properties of a CommitSnapshotRequest.
             * @deprecated Use berth.snapshots.v1.CommitSnapshotRequest.$Properties instead.
             */
            interface ICommitSnapshotRequest extends berth.snapshots.v1.CommitSnapshotRequest.$Properties {
            }

            /** Represents a CommitSnapshotRequest. */
            class CommitSnapshotRequest {

                /**
                 * Constructs a new CommitSnapshotRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.CommitSnapshotRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommitSnapshotRequest name. */
                name: string;

                /** CommitSnapshotRequest key. */
                key: string;

                /**
                 * Creates a new CommitSnapshotRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommitSnapshotRequest instance
                 */
                static create(properties: berth.snapshots.v1.CommitSnapshotRequest.$Shape): berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape;
                static create(properties?: berth.snapshots.v1.CommitSnapshotRequest.$Properties): berth.snapshots.v1.CommitSnapshotRequest;

                /**
                 * Encodes the specified CommitSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.CommitSnapshotRequest.verify|verify} messages.
                 * @param message CommitSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.CommitSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CommitSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.CommitSnapshotRequest.verify|verify} messages.
                 * @param message CommitSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.CommitSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommitSnapshotRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape} CommitSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape;

                /**
                 * Decodes a CommitSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape} CommitSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.CommitSnapshotRequest & berth.snapshots.v1.CommitSnapshotRequest.$Shape;

                /**
                 * Verifies a CommitSnapshotRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommitSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommitSnapshotRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.CommitSnapshotRequest;

                /**
                 * Creates a plain object from a CommitSnapshotRequest message. Also converts values to other types if specified.
                 * @param message CommitSnapshotRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.CommitSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommitSnapshotRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommitSnapshotRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitSnapshotRequest {

                /** Properties of a CommitSnapshotRequest. */
                interface $Properties {

                    /** CommitSnapshotRequest name */
                    name?: (string|null);

                    /** CommitSnapshotRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommitSnapshotRequest. */
                type $Shape = berth.snapshots.v1.CommitSnapshotRequest.$Properties;
            }

            /**
             * Properties of a RemoveSnapshotRequest.
             * @deprecated Use berth.snapshots.v1.RemoveSnapshotRequest.$Properties instead.
             */
            interface IRemoveSnapshotRequest extends berth.snapshots.v1.RemoveSnapshotRequest.$Properties {
            }

            /** Represents a RemoveSnapshotRequest. */
            class RemoveSnapshotRequest {

                /**
                 * Constructs a new RemoveSnapshotRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.RemoveSnapshotRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoveSnapshotRequest key. */
                key: string;

                /**
                 * Creates a new RemoveSnapshotRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoveSnapshotRequest instance
                 */
                static create(properties: berth.snapshots.v1.RemoveSnapshotRequest.$Shape): berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape;
                static create(properties?: berth.snapshots.v1.RemoveSnapshotRequest.$Properties): berth.snapshots.v1.RemoveSnapshotRequest;

                /**
                 * Encodes the specified RemoveSnapshotRequest message. Does not implicitly {@link berth.snapshots.v1.RemoveSnapshotRequest.verify|verify} messages.
                 * @param message RemoveSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.RemoveSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RemoveSnapshotRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.RemoveSnapshotRequest.verify|verify} messages.
                 * @param message RemoveSnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.RemoveSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveSnapshotRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape} RemoveSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape;

                /**
                 * Decodes a RemoveSnapshotRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape} RemoveSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.RemoveSnapshotRequest & berth.snapshots.v1.RemoveSnapshotRequest.$Shape;

                /**
                 * Verifies a RemoveSnapshotRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveSnapshotRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.RemoveSnapshotRequest;

                /**
                 * Creates a plain object from a RemoveSnapshotRequest message. Also converts values to other types if specified.
                 * @param message RemoveSnapshotRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.RemoveSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveSnapshotRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemoveSnapshotRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveSnapshotRequest {

                /** Properties of a RemoveSnapshotRequest. */
                interface $Properties {

                    /** RemoveSnapshotRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveSnapshotRequest. */
                type $Shape = berth.snapshots.v1.RemoveSnapshotRequest.$Properties;
            }

            /**
             * Properties of a ListSnapshotsRequest.
             * @deprecated Use berth.snapshots.v1.ListSnapshotsRequest.$Properties instead.
             */
            interface IListSnapshotsRequest extends berth.snapshots.v1.ListSnapshotsRequest.$Properties {
            }

            /** Represents a ListSnapshotsRequest. */
            class ListSnapshotsRequest {

                /**
                 * Constructs a new ListSnapshotsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.ListSnapshotsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ListSnapshotsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListSnapshotsRequest instance
                 */
                static create(properties: berth.snapshots.v1.ListSnapshotsRequest.$Shape): berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape;
                static create(properties?: berth.snapshots.v1.ListSnapshotsRequest.$Properties): berth.snapshots.v1.ListSnapshotsRequest;

                /**
                 * Encodes the specified ListSnapshotsRequest message. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsRequest.verify|verify} messages.
                 * @param message ListSnapshotsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.ListSnapshotsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListSnapshotsRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsRequest.verify|verify} messages.
                 * @param message ListSnapshotsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.ListSnapshotsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSnapshotsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape} ListSnapshotsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape;

                /**
                 * Decodes a ListSnapshotsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape} ListSnapshotsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.ListSnapshotsRequest & berth.snapshots.v1.ListSnapshotsRequest.$Shape;

                /**
                 * Verifies a ListSnapshotsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSnapshotsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSnapshotsRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.ListSnapshotsRequest;

                /**
                 * Creates a plain object from a ListSnapshotsRequest message. Also converts values to other types if specified.
                 * @param message ListSnapshotsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.ListSnapshotsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSnapshotsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListSnapshotsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListSnapshotsRequest {

                /** Properties of a ListSnapshotsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSnapshotsRequest. */
                type $Shape = berth.snapshots.v1.ListSnapshotsRequest.$Properties;
            }

            /**
             * Properties of a ListSnapshotsResponse.
             * @deprecated Use berth.snapshots.v1.ListSnapshotsResponse.$Properties instead.
             */
            interface IListSnapshotsResponse extends berth.snapshots.v1.ListSnapshotsResponse.$Properties {
            }

            /** Represents a ListSnapshotsResponse. */
            class ListSnapshotsResponse {

                /**
                 * Constructs a new ListSnapshotsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.ListSnapshotsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSnapshotsResponse info. */
                info: berth.snapshots.v1.Info.$Properties[];

                /**
                 * Creates a new ListSnapshotsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListSnapshotsResponse instance
                 */
                static create(properties: berth.snapshots.v1.ListSnapshotsResponse.$Shape): berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape;
                static create(properties?: berth.snapshots.v1.ListSnapshotsResponse.$Properties): berth.snapshots.v1.ListSnapshotsResponse;

                /**
                 * Encodes the specified ListSnapshotsResponse message. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsResponse.verify|verify} messages.
                 * @param message ListSnapshotsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.ListSnapshotsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListSnapshotsResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.ListSnapshotsResponse.verify|verify} messages.
                 * @param message ListSnapshotsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.ListSnapshotsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSnapshotsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape} ListSnapshotsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape;

                /**
                 * Decodes a ListSnapshotsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape} ListSnapshotsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.ListSnapshotsResponse & berth.snapshots.v1.ListSnapshotsResponse.$Shape;

                /**
                 * Verifies a ListSnapshotsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSnapshotsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSnapshotsResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.ListSnapshotsResponse;

                /**
                 * Creates a plain object from a ListSnapshotsResponse message. Also converts values to other types if specified.
                 * @param message ListSnapshotsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.ListSnapshotsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSnapshotsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListSnapshotsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListSnapshotsResponse {

                /** Properties of a ListSnapshotsResponse. */
                interface $Properties {

                    /** ListSnapshotsResponse info */
                    info?: (berth.snapshots.v1.Info.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSnapshotsResponse. */
                type $Shape = berth.snapshots.v1.ListSnapshotsResponse.$Properties;
            }

            /**
             * Properties of a UsageRequest.
             * @deprecated Use berth.snapshots.v1.UsageRequest.$Properties instead.
             */
            interface IUsageRequest extends berth.snapshots.v1.UsageRequest.$Properties {
            }

            /** Represents a UsageRequest. */
            class UsageRequest {

                /**
                 * Constructs a new UsageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.UsageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UsageRequest key. */
                key: string;

                /**
                 * Creates a new UsageRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UsageRequest instance
                 */
                static create(properties: berth.snapshots.v1.UsageRequest.$Shape): berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape;
                static create(properties?: berth.snapshots.v1.UsageRequest.$Properties): berth.snapshots.v1.UsageRequest;

                /**
                 * Encodes the specified UsageRequest message. Does not implicitly {@link berth.snapshots.v1.UsageRequest.verify|verify} messages.
                 * @param message UsageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.UsageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UsageRequest message, length delimited. Does not implicitly {@link berth.snapshots.v1.UsageRequest.verify|verify} messages.
                 * @param message UsageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.UsageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UsageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape} UsageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape;

                /**
                 * Decodes a UsageRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape} UsageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.UsageRequest & berth.snapshots.v1.UsageRequest.$Shape;

                /**
                 * Verifies a UsageRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UsageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UsageRequest
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.UsageRequest;

                /**
                 * Creates a plain object from a UsageRequest message. Also converts values to other types if specified.
                 * @param message UsageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.UsageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UsageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UsageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UsageRequest {

                /** Properties of a UsageRequest. */
                interface $Properties {

                    /** UsageRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UsageRequest. */
                type $Shape = berth.snapshots.v1.UsageRequest.$Properties;
            }

            /**
             * Properties of a UsageResponse.
             * @deprecated Use berth.snapshots.v1.UsageResponse.$Properties instead.
             */
            interface IUsageResponse extends berth.snapshots.v1.UsageResponse.$Properties {
            }

            /** Represents a UsageResponse. */
            class UsageResponse {

                /**
                 * Constructs a new UsageResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: berth.snapshots.v1.UsageResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UsageResponse size. */
                size: (number|Long);

                /** UsageResponse inodes. */
                inodes: (number|Long);

                /**
                 * Creates a new UsageResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UsageResponse instance
                 */
                static create(properties: berth.snapshots.v1.UsageResponse.$Shape): berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape;
                static create(properties?: berth.snapshots.v1.UsageResponse.$Properties): berth.snapshots.v1.UsageResponse;

                /**
                 * Encodes the specified UsageResponse message. Does not implicitly {@link berth.snapshots.v1.UsageResponse.verify|verify} messages.
                 * @param message UsageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: berth.snapshots.v1.UsageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UsageResponse message, length delimited. Does not implicitly {@link berth.snapshots.v1.UsageResponse.verify|verify} messages.
                 * @param message UsageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: berth.snapshots.v1.UsageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UsageResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape} UsageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape;

                /**
                 * Decodes a UsageResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape} UsageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): berth.snapshots.v1.UsageResponse & berth.snapshots.v1.UsageResponse.$Shape;

                /**
                 * Verifies a UsageResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UsageResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UsageResponse
                 */
                static fromObject(object: { [k: string]: any }): berth.snapshots.v1.UsageResponse;

                /**
                 * Creates a plain object from a UsageResponse message. Also converts values to other types if specified.
                 * @param message UsageResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: berth.snapshots.v1.UsageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UsageResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UsageResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UsageResponse {

                /** Properties of a UsageResponse. */
                interface $Properties {

                    /** UsageResponse size */
                    size?: (number|Long|null);

                    /** UsageResponse inodes */
                    inodes?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UsageResponse. */
                type $Shape = berth.snapshots.v1.UsageResponse.$Properties;
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
