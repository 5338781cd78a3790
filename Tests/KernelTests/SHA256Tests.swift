import Testing
import COpenSSL
@testable import Kernel

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheFIPSVectors(_ input: String, _ expected: String) {
        #expect(String(decoding: Signer.hex(SHA256.hash(Array(input.utf8))), as: UTF8.self) == expected)
    }

    @Test func aMillionAsMatchesTheLongVector() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(String(decoding: Signer.hex(hasher.finalize()), as: UTF8.self)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Our HMAC against OpenSSL's for keys and messages of every awkward length,
    /// split into parts at arbitrary places.
    @Test func hmacAgreesWithOpenSSL() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let key = (0..<(round % 150)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let message = (0..<(round * 7 % 700)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let cut = message.isEmpty ? 0 : Int.random(in: 0...message.count, using: &generator)
            let ours = Signer(key: key).digest([Array(message[..<cut]), Array(message[cut...])])
            #expect(ours == openSSLHMAC(key: key, message: message))
        }
    }

    func openSSLHMAC(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        key.withUnsafeBytes { keyBytes in
            message.withUnsafeBufferPointer { data in
                output.withUnsafeMutableBufferPointer { out in
                    _ = HMAC(EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count), data.baseAddress,
                             data.count, out.baseAddress, &length)
                }
            }
        }
        return output
    }
}
