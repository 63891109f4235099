import Foundation
import Testing

@testable import SummitModel

/// A figure keeps the number written in the file, or the file is refused with the rule (docs/dataset-format.md, "Numbers").
@Suite struct LoaderNumberTests {
    private func figure(value: String, upper: String? = nil) -> (figure: Figure?, problems: [DatasetProblem]) {
        // Spliced in as text: JSONSerialization would round the literal before the loader saw it.
        var json = String(decoding: LoaderFixture.json(LoaderFixture.dataset()), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"value\":3", with: "\"value\":\(value)")
            .replacingOccurrences(of: "\"upper\":5", with: upper.map { "\"upper\":\($0)" } ?? "\"upper\":null")
        do {
            return (try DatasetLoader.load(data: Data(json.utf8), origin: "test.json").figures.first, [])
        } catch {
            guard case .invalid(_, let problems) = error else { return (nil, []) }
            return (nil, problems)
        }
    }

    @Test(arguments: [
        ("9007199254740991", 9_007_199_254_740_991.0), ("-9007199254740991", -9_007_199_254_740_991.0), ("0", 0),
        ("0.1", 0.1), ("1e3", 1000), ("2.5E-3", 0.0025), ("0.000001", 0.000001), ("123456789012.345", 123456789012.345),
        ("1.000000000000000000000", 1), ("-0.0", 0),
    ])
    func keptExactly(literal: String, expected: Double) throws {
        let loaded = figure(value: literal)
        let value = try #require(loaded.figure?.value, "\(literal): \(loaded.problems)")
        #expect(value == expected)
        // Shortest text of the Double reads back as the same number: what --json prints is what the file says.
        #expect(Double(String(value)) == Double(literal))
    }

    @Test(arguments: [
        "9223372036854775807", "9007199254740992", "9007199254740993", "-9223372036854775808", "1e19", "1e308", "1e400",
        "1e-999999", "1e-7", "0.1234567890123456", "1.23456789012345678", "18446744073709551616",
        String(repeating: "9", count: 60), "0." + String(repeating: "0", count: 60) + "1",
    ])
    func refusedWithTheRule(literal: String) throws {
        let loaded = figure(value: literal)
        #expect(loaded.figure == nil, "\(literal) loaded")
        let problem = try #require(loaded.problems.first { $0.path == "$.figures[0].value" }, "\(loaded.problems)")
        #expect(problem.fix == FigureNumber.rule)
        #expect(problem.message.count < 200, "the literal is shortened: \(problem.message)")
    }

    @Test func theUpperBoundFollowsTheSameRule() {
        let loaded = figure(value: "1", upper: "1e19")
        #expect(loaded.problems.map(\.path) == ["$.figures[0].upper"])
    }

    @Test func significantDigitsIgnoreSignPointExponentAndOuterZeros() {
        #expect(FigureNumber.significantDigits("0") == 0)
        #expect(FigureNumber.significantDigits("-0.00") == 0)
        #expect(FigureNumber.significantDigits("1000") == 1)
        #expect(FigureNumber.significantDigits("0.0250e3") == 2)
        #expect(FigureNumber.significantDigits("-12.05E-9") == 4)
        #expect(FigureNumber.significantDigits("100.001") == 6)
    }
}
