import ArgumentParser
import SummitConfig
import SummitModel

struct ConfigPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Print the path of the config file summit reads (whether or not it exists).",
        discussion:
            "Only the path goes to standard output, so `$EDITOR \"$(summit config path)\"` works; why that path goes to standard error."
    )

    @OptionGroup var file: ConfigFileOption

    func run() throws {
        let location = file.location
        try Console.out(SafeName.line(location.path) + "\n")
        Console.err("summit: \(location.explanation)\n")
    }
}
