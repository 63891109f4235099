import Foundation
import Testing

/// A program some end-to-end tests drive. Outside CI a missing one skips those tests with a visible reason; in CI
/// (`CI` set) they run anyway and fail naming it, so a green CI run never hides a check that did not happen.
struct RequiredTool: Sendable, CustomStringConvertible {
    let name: String
    /// Where to get it, for the message.
    let package: String

    static let tmux = RequiredTool(name: "tmux", package: "tmux")
    static let script = RequiredTool(name: "script", package: "bsdutils on Debian, util-linux elsewhere")
    static let setpriv = RequiredTool(name: "setpriv", package: "util-linux")

    var description: String { name }

    var isInstalled: Bool { Spawn.isInstalled(name) }

    /// What a test that needs it says when it is missing.
    var missingMessage: String {
        "\(name) is not installed, so the tests that need it cannot run: install it (package \(package)), "
            + "or run ./dev test, which installs what the tests need"
    }

    /// Whether tests that need it should start: in CI always (they fail naming the tool), elsewhere when installed.
    var mayRun: Bool { isInstalled || Self.inCI }

    /// `CI` set to anything but "", "0" or "false", as CI services set it.
    static var inCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !["", "0", "false"].contains(value.lowercased())
    }

    /// Throws, naming the tool, when it is missing.
    func require() throws {
        guard isInstalled else { throw Missing(tool: self) }
    }

    struct Missing: Error, CustomStringConvertible {
        let tool: RequiredTool
        var description: String { tool.missingMessage }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where `tool` may run (see `RequiredTool.mayRun`); a skip names the tool.
    static func requires(_ tool: RequiredTool) -> Self {
        .enabled(if: tool.mayRun, Comment(rawValue: tool.missingMessage))
    }
}
