import CNcursesw
import Glibc
import SummitModel
import SummitUI

/// The full-screen explorer's entry point: checks the terminal, sets it up, runs the UI loop on an
/// `NcursesScreen`, and restores the terminal on every way out.
public enum ExplorerApp {
    /// Runs `body` on a real terminal screen. Returns 2 (after one line on stderr) without a usable
    /// terminal; 128 + the signal number when SIGHUP/SIGTERM/SIGINT ended the session; else `body`'s status.
    /// `unusable` is asked first when there is no usable terminal: a status it returns is returned instead of the
    /// refusal (a load that failed reports its own error first, as it did when loads came before the screen).
    public static func withScreen(
        options: ExplorerOptions, unusable: () -> Int32? = { nil }, _ body: (any Screen, BarChart.Glyphs) -> Int32
    ) -> Int32 {
        let utf8 = UTF8Locale.adopt()
        let capabilities: TerminalCapabilities
        let keyboard = Keyboard.open()
        defer { keyboard?.close() }
        switch TerminalCheck.run(environment: environment("TERM"), keyboard: keyboard) {
        case .failure(let problem): return unusable() ?? refuse(TerminalCheck.message(for: problem))
        case .success(let found): capabilities = found
        }
        guard let keyboard else { return refuse(TerminalCheck.message(for: .noKeyboard)) }
        let noColor = environment("NO_COLOR").map { !$0.isEmpty } ?? false
        var options = options
        if noColor { options.color = false }
        let theme = options.color ? options.theme : .monochrome

        // Before ncurses touches the terminal: save its modes for a crash, and own the signals.
        CrashRestore.arm(reset: capabilities.reset, keyboard: keyboard.descriptor)
        defer { CrashRestore.disarm() }
        guard let signals = SignalPipe() else { return refuse("summit: cannot watch for signals") }
        guard
            let screen = NcursesScreen(
                signals: signals, keyboard: keyboard.descriptor, options: options, theme: theme,
                bracketedPaste: capabilities.bracketedPaste, asciiOnly: !utf8)
        else {
            signals.restore()
            return unusable() ?? refuse(TerminalCheck.message(for: .termUnknown(environment("TERM") ?? "")))
        }
        let status = body(screen, utf8 ? .blocks : .ascii)
        screen.close()
        if let signal = screen.endingSignal { return 128 + signal }
        return status
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func refuse(_ line: String) -> Int32 {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        return 2
    }
}

extension ExplorerApp {
    /// Runs the full-screen explorer over `index`. Without a usable terminal (stdin/stdout not a tty,
    /// TERM unset, dumb or unknown) prints one line naming the non-interactive commands and returns 2.
    /// `start` gives the first state at the screen's size (e.g. presenting); `playback` types a key script;
    /// `pinKeeper` gives the pins and keeps their changes; `keyMap` is the config file's bindings.
    public static func run(
        index: DatasetIndex, options: ExplorerOptions, keyMap: KeyMap = .standard,
        start: ((Size) -> ExplorerState)? = nil, pinKeeper: PinKeeper? = nil, playback: KeyPlayback? = nil
    ) -> Int32 {
        run(
            ExplorerLoop(index: index, keyMap: keyMap, start: start, pinKeeper: pinKeeper, playback: playback),
            options: options)
    }

    /// Runs a prepared loop (its key map, first state, memory, pins and playback) on the terminal, with the
    /// terminal's chart glyphs and, unless `--no-clipboard`, the clipboard (wrapped for tmux inside tmux).
    public static func run(_ loop: ExplorerLoop, options: ExplorerOptions) -> Int32 {
        withScreen(options: options) { screen, glyphs in
            prepared(loop, options: options, glyphs: glyphs).run(on: screen)
        }
    }

    /// Runs the explorer over a dataset that `load` is still reading: the loading screen until it ends (see
    /// `LoadingLoop`), then the loop `explore` makes from the index, prepared as `run(_:options:)` prepares one.
    /// A failed load comes back as its error once the terminal is restored; without a usable terminal the load
    /// is awaited first, so an invalid dataset is reported as such rather than as a missing terminal.
    public static func run(
        loading load: BackgroundLoad, options: ExplorerOptions, keyMap: KeyMap,
        explore: (DatasetIndex) -> ExplorerLoop
    ) -> Result<Int32, DatasetError> {
        var failure: DatasetError?
        let status = withScreen(
            options: options,
            unusable: {
                guard case .failed(let error) = load.join() else { return nil }
                failure = error
                return 0
            }
        ) { screen, glyphs in
            let loading = LoadingLoop(load: load, keyMap: keyMap, glyphs: glyphs)
            switch loading.run(on: screen, explore: { prepared(explore($0), options: options, glyphs: glyphs) }) {
            case .success(let status): return status
            case .failure(let error):
                failure = error
                return 0
            }
        }
        if let failure { return .failure(failure) }
        return .success(status)
    }

    /// The loop with the terminal's chart glyphs and, unless `--no-clipboard`, the clipboard (wrapped for tmux
    /// inside tmux).
    private static func prepared(_ loop: ExplorerLoop, options: ExplorerOptions, glyphs: BarChart.Glyphs)
        -> ExplorerLoop
    {
        var loop = loop
        loop.clipboard =
            options.clipboard ? Clipboard(insideTmux: environment("TMUX").map { !$0.isEmpty } ?? false) : nil
        loop.glyphs = glyphs
        return loop
    }
}
