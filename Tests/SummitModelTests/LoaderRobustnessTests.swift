import Foundation
import Testing
@testable import SummitModel

/// Damaged input never crashes and never loads half a dataset: every damaged variant of the fixture
/// either loads completely or is rejected with at least one problem.
@Suite struct LoaderRobustnessTests {
    static let valid = LoaderFixture.json(LoaderFixture.dataset())

    private func outcome(_ data: Data) -> (loaded: Bool, problems: Int) {
        do {
            _ = try DatasetLoader.load(data: data, origin: "damaged.json")
            return (true, 0)
        } catch {
            guard case .invalid(_, let problems) = error else { return (false, 0) }
            return (false, problems.count)
        }
    }

    @Test func everyTruncationIsRejectedWithAProblem() {
        for length in 0..<Self.valid.count {
            let result = outcome(Self.valid.prefix(length))
            #expect(!result.loaded && result.problems > 0, "prefix of \(length) bytes")
        }
    }

    @Test(arguments: [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "\\"), UInt8(ascii: "9"), 0xFF, 0x00])
    func everySingleByteCorruptionIsHandled(replacement: UInt8) {
        for position in Swift.stride(from: 0, to: Self.valid.count, by: 2) where Self.valid[position] != replacement {
            var damaged = Self.valid
            damaged[position] = replacement
            let result = outcome(damaged)
            // Some corruptions still leave a valid dataset (a digit inside a name); none may half-load.
            #expect(result.loaded || result.problems > 0, "byte \(position) set to \(replacement)")
        }
    }
}
