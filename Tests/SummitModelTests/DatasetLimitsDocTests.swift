import Foundation
import Testing

@testable import SummitModel

/// docs/dataset-format.md states the limits and the number range; they must be the ones the code applies.
@Suite struct DatasetLimitsDocTests {
    static let doc: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/dataset-format.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    private func grouped(_ value: Int) -> String {
        var out = ""
        for (i, digit) in String(value).reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return String(out.reversed())
    }

    @Test func theDocStatesTheLimitsInForce() {
        #expect(Self.doc.contains("\(grouped(DatasetInput.maximumBytes)) bytes"))
        #expect(Self.doc.contains("\(JSONParser.maximumDepth) levels"))
        #expect(Self.doc.contains("| \(grouped(JSONParser.maximumValues)) |"))
        #expect(Self.doc.contains("the first \(ProblemLog.defaultLimit) in document order"))
    }

    @Test func theDocStatesTheNumberRangeInForce() {
        #expect(Self.doc.contains("to \(grouped(FigureNumber.largestWhole))"))
        #expect(Self.doc.contains("at most \(FigureNumber.maximumDigits) significant digits"))
        #expect(Self.doc.contains("**0.000001**") && FigureNumber.smallestFraction == 0.000_001)
    }
}
