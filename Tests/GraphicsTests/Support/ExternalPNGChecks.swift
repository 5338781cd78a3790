import Foundation
import Graphics
import RenderTestSupport
import Testing

/// Hands Loupe's PNGs to decoders it did not write: `pngcheck -v` must accept each file and
/// Pillow must decode it to exactly the pixmap's pixels.
enum ExternalPNGChecks {
    static func pngcheckAccepts(_ images: [(String, Pixmap)]) throws {
        guard let pngcheck = ExternalTool.find(["pngcheck"]) else {
            Issue.record("pngcheck is not installed (Debian package pngcheck)"); return
        }
        for (name, p) in images {
            let result = try run(pngcheck, ["-v"], p)
            #expect(result.status == 0, "\(name): \(String(decoding: result.out, as: UTF8.self))")
        }
    }

    static func pillowDecodes(_ images: [(String, Pixmap)]) throws {
        guard let python = ExternalTool.python else { Issue.record("no Python found for the Pillow check"); return }
        let script = "import sys; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); sys.stdout.buffer.write(im.convert('RGBA').tobytes())"
        for (name, p) in images {
            let result = try run(python, ["-c", script], p)
            #expect(result.status == 0, "\(name) Pillow: \(result.err)")
            #expect([UInt8](result.out) == DecodedImage(p).rgba, "\(name)")
        }
    }

    /// Runs `tool` with `arguments` and the path of `pixmap` written as a PNG file.
    private static func run(_ tool: String, _ arguments: [String], _ pixmap: Pixmap) throws -> (status: Int32, out: Data, err: String) {
        let file = ExternalTool.temporaryFile("png")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(PNGEncoder.encode(pixmap)).write(to: file)
        return try ExternalTool.run(tool, arguments + [file.path])
    }
}
