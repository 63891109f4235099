import Foundation
import Testing

@testable import SummitModel

/// Damaged input never crashes and never loads half a dataset. Each damaged variant of the fixture has an expected
/// outcome, decided without our parser: Foundation's JSONSerialization says whether the bytes are still JSON, and
/// whether they still mean the original document.
@Suite struct LoaderRobustnessTests {
    static let valid = LoaderFixture.json(LoaderFixture.dataset())
    static let original = try! DatasetLoader.load(data: valid, origin: "damaged.json")

    enum Outcome: Equatable {
        case loaded(Dataset)
        case rejected([DatasetProblem])
        case otherError(String)
    }

    private func outcome(_ data: Data) -> Outcome {
        do {
            return .loaded(try DatasetLoader.load(data: data, origin: "damaged.json"))
        } catch {
            guard case .invalid(_, let problems) = error else { return .otherError("\(error)") }
            return .rejected(problems)
        }
    }

    /// Bytes that are not JSON are rejected with exactly one problem, which says where the syntax broke.
    private func expectOneSyntaxProblem(
        _ result: Outcome, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard case .rejected(let problems) = result, problems.count == 1, let message = problems.first?.message else {
            Issue.record("\(what): expected one syntax problem, got \(result)", sourceLocation: sourceLocation)
            return
        }
        let located =
            message.hasPrefix("line ") || message.hasPrefix("invalid UTF-8 at byte offset ")
            || message == "the file is empty"
        #expect(located, "\(what): \(message)", sourceLocation: sourceLocation)
    }

    @Test func everyTruncationIsOneSyntaxProblem() throws {
        // The fixture ends with its closing brace, so every proper prefix is an unfinished document.
        #expect(Self.valid.last == UInt8(ascii: "}"))
        #expect((try? JSONSerialization.jsonObject(with: Self.valid.prefix(Self.valid.count - 1))) == nil)
        for length in 0..<Self.valid.count {
            expectOneSyntaxProblem(outcome(Self.valid.prefix(length)), "prefix of \(length) bytes")
        }
    }

    @Test(arguments: [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "\\"), UInt8(ascii: "9"), 0xFF, 0x00])
    func everySingleByteCorruptionHasItsExpectedOutcome(replacement: UInt8) throws {
        let originalObject = try #require(try JSONSerialization.jsonObject(with: Self.valid) as? NSDictionary)
        var counts = (syntax: 0, same: 0, changed: 0)
        for position in Swift.stride(from: 0, to: Self.valid.count, by: 2) where Self.valid[position] != replacement {
            var damaged = Self.valid
            damaged[position] = replacement
            let what = "byte \(position) set to \(replacement)"
            let result = outcome(damaged)
            guard let object = (try? JSONSerialization.jsonObject(with: damaged)) as? NSDictionary else {
                counts.syntax += 1
                expectOneSyntaxProblem(result, what)
                continue
            }
            if object == originalObject {
                // Still the same document (a byte inside insignificant whitespace): it loads, unchanged.
                counts.same += 1
                #expect(result == .loaded(Self.original), "\(what)")
                continue
            }
            // Still JSON but saying something else: rejected with problems, or loaded as a different dataset.
            counts.changed += 1
            switch result {
            case .loaded(let dataset): #expect(dataset != Self.original, "\(what) loaded as if unchanged")
            case .rejected(let problems): #expect(!problems.isEmpty, "\(what)")
            case .otherError(let error): Issue.record("\(what): \(error)")
            }
        }
        // Every replacement byte breaks the syntax somewhere, so the first expectation above is always exercised.
        #expect(counts.syntax > 0)
    }
}
