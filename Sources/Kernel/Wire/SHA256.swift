import COpenSSL

/// SHA-256 through libcrypto's low-level digest (`SHA256_Init/Update/Final`).
/// Those calls compute the hash directly; unlike the EVP and one-shot `HMAC`
/// interfaces they do not set up OpenSSL 3's provider machinery, which costs
/// the kernel several megabytes of resident memory. `Signer` builds HMAC on it.
struct SHA256 {
    static let blockSize = 64
    static let digestSize = 32
    private var context = SHA256_CTX()

    init() { SHA256_Init(&context) }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in _ = SHA256_Update(&context, raw.baseAddress, raw.count) }
    }

    mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Self.digestSize)
        digest.withUnsafeMutableBufferPointer { out in _ = SHA256_Final(out.baseAddress, &context) }
        return digest
    }

    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }
}
