import ArgumentParser

/// `summit config …`: where the config file is, what is in effect, a commented starting file, and a check.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show, create or check the config file (key bindings, colours, defaults).",
        discussion: """
            summit reads an optional TOML file: --config FILE, else $SUMMIT_CONFIG, else \
            $XDG_CONFIG_HOME/summit/config.toml (default ~/.config/summit/config.toml). \
            A mistake in it never stops summit: the setting keeps its default and the problem is \
            reported (the explorer shows it in the status bar until Esc).

            EXAMPLES:
              summit config init                  write a commented default file
              summit config path                  where it is read from
              summit config show                  every setting and where it comes from
              summit config check                 exit 65 when the file has problems
              summit config keys                  the explorer's keys as rebound
            """,
        subcommands: [
            ConfigPathCommand.self, ConfigShowCommand.self, ConfigInitCommand.self, ConfigCheckCommand.self,
            ConfigKeysCommand.self,
        ]
    )
}
