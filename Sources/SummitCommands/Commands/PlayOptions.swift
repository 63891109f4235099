import ArgumentParser
import FoundationEssentials
import SummitModel
import SummitUI

/// `--play FILE`: a key script (docs/key-scripts.md) typed into the explorer or a presentation, for hands-free demos.
struct PlayOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Play the key script FILE (docs/key-scripts.md); any key pauses and resumes it.",
            valueName: "FILE"))
    var play: String?

    @Option(
        name: .customLong("play-speed"),
        help: ArgumentHelp(
            "Play the script FACTOR times as fast (rehearsals, tests).",
            valueName: "FACTOR"))
    var playSpeed: Double = 1

    func validate() throws {
        guard playSpeed > 0, playSpeed.isFinite else {
            throw ValidationError("--play-speed must be a positive number, such as 2 for twice as fast.")
        }
    }

    /// The script, read and checked before the terminal is touched; a bad one is a usage error naming file and line.
    func playback() throws -> KeyPlayback? {
        guard let play else { return nil }
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: play))
            guard let decoded = String(validating: data, as: UTF8.self) else {
                throw CommandFailure.usage("summit: the key script \(SafeName.quoted(play)) is not UTF-8 text.")
            }
            text = decoded
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.usage(
                """
                summit: cannot read the key script \(SafeName.quoted(play)): \(ErrorReason.describe(error))
                Check the path; docs/key-scripts.md describes the format, Resources/demo.keys is an example.
                """)
        }
        do throws(KeyScriptFile.Problem) {
            return KeyPlayback(try KeyScriptFile(parsing: text), speed: playSpeed)
        } catch {
            throw CommandFailure.usage("summit: \(SafeName.line(play)):\(error.line): \(SafeName.line(error.message))")
        }
    }
}
