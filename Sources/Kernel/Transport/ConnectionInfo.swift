#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Why a connection file could not be used.
public enum ConnectionError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case invalid(String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read the connection file '\(path)'"
        case .invalid(let why): return "invalid connection file: \(why)"
        }
    }
}

/// The connection file Jupyter writes for a kernel: where to bind and how to sign.
public struct ConnectionInfo: Equatable, Sendable {
    public var transport: String
    public var ip: String
    public var shellPort: Int
    public var iopubPort: Int
    public var stdinPort: Int
    public var controlPort: Int
    public var heartbeatPort: Int
    public var key: String
    public var signatureScheme: String
    /// The CurveZMQ key pair (Z85 text) jupyter_client provisions when transport encryption is on
    /// (`KernelManager.transport_encryption`, kernelspec `metadata.supported_encryption`); every
    /// socket is then a Curve server, and a client that does not know the public key cannot connect.
    public var curve: CurveKeys?

    public init(json: JSON) throws(ConnectionError) {
        func port(_ name: String) throws(ConnectionError) -> Int {
            guard let value = json[name]?.intValue, (0...65535).contains(value) else {
                throw .invalid("'\(name)' must be a port number")
            }
            return value
        }
        transport = json["transport"]?.stringValue ?? "tcp"
        guard transport == "tcp" || transport == "ipc" else { throw .invalid("unknown transport '\(transport)'") }
        ip = json["ip"]?.stringValue ?? "127.0.0.1"
        shellPort = try port("shell_port")
        iopubPort = try port("iopub_port")
        stdinPort = try port("stdin_port")
        controlPort = try port("control_port")
        heartbeatPort = try port("hb_port")
        key = json["key"]?.stringValue ?? ""
        signatureScheme = json["signature_scheme"]?.stringValue ?? "hmac-sha256"
        guard key.isEmpty || signatureScheme == "hmac-sha256" else {
            throw .invalid("unsupported signature_scheme '\(signatureScheme)' (Loupe signs with hmac-sha256)")
        }
        curve = try CurveKeys(publicKey: json["curve_publickey"], secretKey: json["curve_secretkey"])
    }

    public init(path: String) throws(ConnectionError) {
        guard let bytes = FileBytes.read(path, limit: 1 << 20) else { throw .unreadable(path: path) }
        let json: JSON
        do { json = try JSONParser(maxBytes: 1 << 20).parse(bytes) } catch { throw .invalid("not JSON (\(error))") }
        try self.init(json: json)
    }

    /// The ZeroMQ endpoint for a port: `tcp://ip:port`, or `ipc://ip-port`.
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}
