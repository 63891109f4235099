import CNcursesw
import Glibc
import SummitUI
import SummitModel

/// The real terminal behind the `Screen` protocol: paints cell grids with wide-character ncurses and
/// turns key codes, mouse reports and signals into `InputEvent`s. Created only by `ExplorerApp`, after
/// the start-up checks, and closed on every exit path.
final class NcursesScreen: Screen {
    private let terminal: OpaquePointer
    private let signals: SignalPipe
    private let palette: Palette
    private var lastGrid: CellGrid?
    private var pending: [InputEvent] = []
    /// Reads that found nothing although poll said stdin was ready: a dead terminal looks like this.
    private var emptyReads = 0
    private var isClosed = false
    /// The signal (SIGHUP, SIGTERM…) that ended the session, for the exit status.
    private(set) var endingSignal: Int32?

    /// Nil when ncurses cannot start on this terminal.
    init?(signals: SignalPipe, options: ExplorerOptions, theme: Theme) {
        // fdopen rather than the C globals stdout/stdin, which Swift 6 rejects as not concurrency-safe.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let terminal = newterm(nil, output, input) else { return nil }
        self.terminal = terminal
        self.signals = signals
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
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let source = grid[x, y]
                if source.isContinuation { continue }
                Self.fill(&characters, with: source.character)
                let look = palette.attributes(of: source.style)
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
    }

    /// Up to five scalars (ncurses' CCHARW_MAX), zero-terminated. Renderers sanitize text already;
    /// a control character that slips through is still drawn as a picture, never sent raw.
    private static func fill(_ buffer: inout [wchar_t], with character: Character) {
        var count = 0
        for scalar in character.unicodeScalars.prefix(5) {
            var value = scalar
            if SafeText.isUnsafe(scalar) {
                value = SafeText.picture(for: scalar).unicodeScalars.count == 1
                    ? SafeText.picture(for: scalar).unicodeScalars.first! : "\u{FFFD}"
            }
            buffer[count] = wchar_t(bitPattern: value.value)
            count += 1
        }
        if count == 0 { buffer[0] = wchar_t(32); count = 1 }
        buffer[count] = 0
    }

    func nextEvent() -> InputEvent {
        while true {
            if let event = pendingEvent() { return event }
            waitForInput()
        }
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
            if signal == SIGWINCH { resized = true; continue }
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
            switch KeyDecoder.decode(status: status, code: UInt32(code)) {
            case .key(let key): return .key(key)
            case .resize: return .resize(size)
            case .mouse: if let event = mouseEvent() { return event }
            case .ignored: continue
            }
        }
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
    private func waitForInput() {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, -1)
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

    /// Ctrl-L: the next paint redraws every cell, whatever ncurses believes is on the terminal.
    func invalidate() {
        clearok(summit_curscr(), true)
    }

    /// Ctrl-Z: give the shell its terminal, stop, and on `fg` take it back and repaint.
    func suspend() {
        endwin()
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
        if let lastGrid { paint(lastGrid) } else { doupdate() }
    }

    /// Gives the terminal back: leaves the alternate screen, shows the cursor, restores echo and line mode.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        if summit_stdscr() != nil { curs_set(1) }
        endwin()
        delscreen(terminal)
        signals.restore()
    }
}
