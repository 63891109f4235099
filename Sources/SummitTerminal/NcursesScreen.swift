import CNcursesw
import Glibc
import SummitModel
import SummitUI

/// The real terminal behind the `Screen` protocol: paints cell grids with wide-character ncurses and
/// turns key codes, mouse reports and signals into `InputEvent`s. Created only by `ExplorerApp`, after
/// the start-up checks, and closed on every exit path.
final class NcursesScreen: Screen {
    private let terminal: OpaquePointer
    private let signals: SignalPipe
    /// The descriptor keys are read from (see `Keyboard`).
    private let keyboard: Int32
    private let palette: Palette
    private var lastGrid: CellGrid?
    private var pending: [InputEvent] = []
    /// Reads that found nothing although poll said stdin was ready: a dead terminal looks like this.
    private var emptyReads = 0
    private var isClosed = false
    /// The signal (SIGHUP, SIGTERM…) that ended the session, for the exit status.
    private(set) var endingSignal: Int32?
    /// Whether the terminal was asked for bracketed paste (`ESC [?2004h`).
    private let bracketedPaste: Bool
    /// Text of a paste still arriving (between its start and end markers), and how many scalars it holds.
    private var paste: String?
    private var pasteScalars = 0
    /// Set when the user's locale is not UTF-8: every cell is painted as ASCII.
    private var ascii: AsciiFallback?
    /// Pasted text kept at most, in scalars: the prompt keeps far less, this bounds memory on a huge paste.
    static let pasteLimit = 65_536

    /// Nil when ncurses cannot start on this terminal.
    init?(
        signals: SignalPipe, keyboard: Int32, options: ExplorerOptions, theme: Theme, bracketedPaste: Bool,
        asciiOnly: Bool
    ) {
        // fdopen rather than the C globals stdout/stdin, which Swift 6 rejects as not concurrency-safe. The input
        // stream is never closed: `Keyboard` owns the descriptor and closes it after `close()`.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(keyboard, "r"),
            let terminal = newterm(nil, output, input)
        else { return nil }
        self.terminal = terminal
        self.signals = signals
        self.keyboard = keyboard
        let window = summit_stdscr()
        // raw, not cbreak: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys the key map binds (quit, suspend).
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // We wait in poll() ourselves, so reads never block; ESC alone is told from a sequence in 25 ms.
        nodelay(window, true)
        set_escdelay(25)
        curs_set(0)
        if options.mouse {
            mousemask(summit_ALL_MOUSE_EVENTS(), nil)
            // Report presses at once instead of waiting to assemble clicks.
            mouseinterval(0)
        }
        palette = Palette(theme: theme, colour: options.color, overrides: options.styleOverrides)
        self.bracketedPaste = bracketedPaste
        ascii = asciiOnly ? AsciiFallback() : nil
        if bracketedPaste {
            // A paste arrives between these markers and becomes one edit (one search), not a key per character.
            define_key("\u{1B}[200~", KeyDecoder.pasteStartCode)
            define_key("\u{1B}[201~", KeyDecoder.pasteEndCode)
            Self.write(BracketedPaste.on)
        }
    }

    /// Bytes straight to the terminal, for modes ncurses knows nothing of.
    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Said in the status bar at start when the terminal gets ASCII stand-ins.
    var notice: StatusMessage? {
        ascii == nil
            ? nil
            : StatusMessage(
                "the locale is not UTF-8: showing ASCII stand-ins (set LANG=C.UTF-8 for the real text)",
                shorter: ["locale not UTF-8: ASCII stand-ins", "locale not UTF-8"])
    }

    var size: Size {
        let window = summit_stdscr()
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    func paint(_ grid: CellGrid) {
        lastGrid = grid
        let window = summit_stdscr()
        // ncurses compares its virtual screen with the terminal at doupdate, so repainting everything
        // sends only the changes; erasing first clears whatever the grid does not cover.
        werase(window)
        let height = min(grid.size.height, Int(getmaxy(window)))
        let width = min(grid.size.width, Int(getmaxx(window)))
        var characters = [wchar_t](repeating: 0, count: 6)
        var cell = cchar_t()
        var clusters = false
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let source = grid[x, y]
                if source.isContinuation { continue }
                let look = palette.attributes(of: source.style)
                if ascii != nil, let standIns = ascii?.characters(for: source.character) {
                    // One ASCII character per column, the continuation cell included.
                    for (offset, standIn) in standIns.enumerated() where x + offset < width {
                        Self.fill(&characters, with: standIn)
                        setcchar(&cell, characters, look.attributes, look.pair, nil)
                        _ = mvwadd_wch(window, Int32(y), Int32(x + offset), &cell)
                    }
                    continue
                }
                if WholeClusters.needsOwnPaint(source.character) {
                    clusters = true
                    Self.fill(&characters, with: WholeClusters.standIn(for: source.character))
                } else {
                    Self.fill(&characters, with: source.character)
                }
                setcchar(&cell, characters, look.attributes, look.pair, nil)
                // The bottom-right cell reports an error (the cursor cannot advance) but is drawn.
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
        if let cursor = grid.cursor, cursor.x < width, cursor.y < height {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        guard clusters else { return }
        let whole = WholeClusters.bytes(
            grid, width: width, height: height, palette: palette, cursorY: getcury(window),
            cursorX: getcurx(window), screenHeight: Int(getmaxy(window)), screenWidth: Int(getmaxx(window)))
        if !whole.isEmpty { _ = whole.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) } }
    }

    /// Up to five scalars (ncurses' CCHARW_MAX), zero-terminated. Renderers sanitize text already;
    /// a control character that slips through is still drawn as a picture, never sent raw.
    private static func fill(_ buffer: inout [wchar_t], with character: Character) {
        let scalars = WholeClusters.cellScalars(character)
        for (i, scalar) in scalars.enumerated() { buffer[i] = wchar_t(bitPattern: scalar.value) }
        buffer[scalars.count] = 0
    }

    func nextEvent() -> InputEvent {
        while true {
            if let event = pendingEvent() { return event }
            waitForInput()
        }
    }

    /// Waits at most `milliseconds`; nil when the time passed with nothing to report.
    func nextEvent(milliseconds: Int) -> InputEvent? {
        if let event = pendingEvent() { return event }
        waitForInput(timeout: Int32(clamping: max(0, milliseconds)))
        return pendingEvent()
    }

    /// What has already arrived, without waiting: queued events, an ending, signals, then keys ncurses can read
    /// at once (the window is in nodelay mode, so `wget_wch` returns ERR instead of blocking).
    func pendingEvent() -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        if let ending = endingEvent { return ending }
        if let event = handleSignals() { return event }
        return readKey()
    }

    /// Once the session is ending, every call says so again: the loop can never block on a dead terminal.
    private var endingEvent: InputEvent? {
        guard let signal = endingSignal else { return nil }
        return signal == SIGHUP ? .hangup : .terminate
    }

    private func handleSignals() -> InputEvent? {
        var resized = false
        for signal in signals.drain() {
            if signal == SIGWINCH {
                resized = true
                continue
            }
            if endingSignal == nil { endingSignal = signal }
        }
        if let ending = endingEvent { return ending }
        return resized ? adoptTerminalSize() : nil
    }

    /// Tells ncurses the terminal's new size (we own SIGWINCH, so ncurses does not learn it alone).
    private func adoptTerminalSize() -> InputEvent? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return nil }
        resize_term(Int32(size.ws_row), Int32(size.ws_col))
        // After a resize the terminal's contents are unknown; redraw everything on the next paint.
        clearok(summit_curscr(), true)
        return .resize(self.size)
    }

    /// The next decoded input, or nil once ncurses has nothing buffered. Keys summit ignores are skipped
    /// here rather than returned as nil: ncurses may hold more bytes than poll() can see.
    private func readKey() -> InputEvent? {
        while true {
            var code: wint_t = 0
            let status = wget_wch(summit_stdscr(), &code)
            guard status != ERR else { return nil }
            emptyReads = 0
            let decoded = KeyDecoder.decode(status: status, code: UInt32(code))
            if paste != nil {
                // Inside a paste every character is text (a pasted line break must not press Enter).
                if decoded == .pasteEnd { return endPaste() }
                if status == OK, let scalar = Unicode.Scalar(UInt32(code)) { keep(scalar) }
                continue
            }
            switch decoded {
            case .key(.escape): return escapeOrAlt()
            case .key(let key): return .key(key)
            case .resize: return .resize(size)
            case .mouse: if let event = mouseEvent() { return event }
            case .pasteStart:
                paste = ""
                pasteScalars = 0
            case .ignored, .pasteEnd: continue
            }
        }
    }

    /// Alt-x reaches us as Esc and x in one burst (ncurses leaves it undecoded): one key. Anything else that
    /// follows at once is kept for the next read.
    private func escapeOrAlt() -> InputEvent {
        var code: wint_t = 0
        let status = wget_wch(summit_stdscr(), &code)
        guard status != ERR else { return .key(.escape) }
        let next = KeyDecoder.decode(status: status, code: UInt32(code))
        if status != KEY_CODE_YES, case .key(.character(let c)) = next { return .key(.alt(c)) }
        switch next {
        case .key(let key): pending.append(.key(key))
        case .resize: pending.append(.resize(size))
        case .mouse: if let event = mouseEvent() { pending.append(event) }
        case .pasteStart:
            paste = ""
            pasteScalars = 0
        case .ignored, .pasteEnd: break
        }
        return .key(.escape)
    }

    private func keep(_ scalar: Unicode.Scalar) {
        guard pasteScalars < Self.pasteLimit else { return }
        paste?.unicodeScalars.append(scalar)
        pasteScalars += 1
    }

    private func endPaste() -> InputEvent {
        let text = paste ?? ""
        paste = nil
        return .paste(text)
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let action: MouseEvent.Action
        if state & summit_BUTTON4_PRESSED() != 0 {
            action = .wheelUp
        } else if state & summit_BUTTON5_PRESSED() != 0 {
            action = .wheelDown
        } else if state & (summit_BUTTON1_PRESSED() | summit_BUTTON1_CLICKED() | summit_BUTTON1_DOUBLE_CLICKED()) != 0 {
            action = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(action: action, x: Int(event.x), y: Int(event.y)))
    }

    /// Sleeps until a key or a signal arrives. A hang-up shows as POLLHUP/POLLERR, or as a stream of
    /// "ready" reads that yield nothing; either ends the session instead of spinning at 100 % CPU.
    private func waitForInput(timeout: Int32 = -1) {
        var fds = [
            pollfd(fd: keyboard, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, 2, timeout)
        if ready == 0 { return }
        if ready < 0 {
            if errno != EINTR { endingSignal = endingSignal ?? SIGHUP }
            return
        }
        let trouble = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        if fds[0].revents & trouble != 0, fds[1].revents & Int16(POLLIN) == 0 {
            endingSignal = endingSignal ?? SIGHUP
            return
        }
        if fds[0].revents & Int16(POLLIN) != 0 {
            emptyReads += 1
            if emptyReads > 100 { endingSignal = endingSignal ?? SIGHUP }
        }
    }

    /// OSC 52 and the like: straight to the terminal, after ncurses has flushed what it painted.
    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Ctrl-L: the next paint redraws every cell, whatever ncurses believes is on the terminal.
    func invalidate() {
        clearok(summit_curscr(), true)
    }

    /// Ctrl-Z: give the shell its terminal, stop, and on `fg` take it back and repaint.
    func suspend() {
        endwin()
        if bracketedPaste { Self.write(BracketedPaste.off) }
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        var previous = sigaction()
        sigaction(SIGTSTP, &stop, &previous)
        kill(getpid(), SIGTSTP)
        sigaction(SIGTSTP, &previous, nil)
        // Resumed: the terminal may have changed size while the shell had it.
        let before = size
        if case .resize(let now)? = adoptTerminalSize(), now != before { pending.append(.resize(now)) }
        clearok(summit_curscr(), true)
        if bracketedPaste { Self.write(BracketedPaste.on) }
        if let lastGrid { paint(lastGrid) } else { doupdate() }
    }

    /// Gives the terminal back: leaves the alternate screen, shows the cursor, restores echo and line mode.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        if summit_stdscr() != nil { curs_set(1) }
        endwin()
        if bracketedPaste { Self.write(BracketedPaste.off) }
        delscreen(terminal)
        signals.restore()
    }
}

/// xterm's bracketed-paste mode, which most terminals (and tmux) support and the rest ignore.
enum BracketedPaste {
    static let on = "\u{1B}[?2004h"
    static let off = "\u{1B}[?2004l"
}
