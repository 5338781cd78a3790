import Foundation
import Testing
@testable import Learn

/// The bundled digits: the embedded archive is the repository's copy of
/// scikit-learn's file, decoded into the shapes LANGUAGE.md section 9 names.
@Suite struct DigitsDataTests {
    @Test func embeddedArchiveIsTheBundledFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Learn/Data/Images/digits.csv.gz")
        let bytes = try [UInt8](Data(contentsOf: file))
        #expect(Array(Data(base64Encoded: DigitsArchive.base64, options: .ignoreUnknownCharacters) ?? Data()) == bytes)
    }

    @Test func shapesScaleAndLabels() throws {
        let digits = try Dataset.digits
        #expect(digits.features.shape == [1797, 8, 8, 1])
        #expect(digits.labels.shape == [1797])
        #expect(digits.classNames == (0...9).map(String.init))
        #expect(digits.features.scalars.min() == 0 && digits.features.scalars.max() == 1)
        // The first image of load_digits(): a zero; its first row is 0 0 5 13 9 1 0 0.
        #expect(Array(digits.features.scalars[0..<8]) == [0, 0, 5, 13, 9, 1, 0, 0].map { $0 / 16 })
        #expect(Array(digits.labels.scalars[0..<10]) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        let counts = (0...9).map { label in digits.labels.scalars.filter { $0 == Double(label) }.count }
        #expect(counts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
    }
}
