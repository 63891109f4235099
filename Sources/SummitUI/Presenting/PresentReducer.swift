import SummitModel

/// What the keys do while presenting. Part of `Reducer.reduce`: it hands every command over while the mode is
/// `.present`, and takes back the ones that mean the same everywhere (help, Ctrl-C, Ctrl-L, Ctrl-Z, signals).
extension ExplorerState {
    /// Starts presenting from the slide that shows the explorer's current record: the whole briefing, or the pins
    /// alone in pin order while a `:pins` chip is on.
    mutating func startPresenting(_ index: DatasetIndex) {
        let pinsOnly = chips.contains { if case .pinned = $0 { true } else { false } }
        let outline = BriefingOutline(index, pins: pinsOnly ? pins.refs : nil)
        var presentation = Presentation(
            outline: outline, index, size: size, standalone: false, showing: subject(index),
            autoSeconds: presentationDelay)
        // Paused: the user came to look at a slide, not to be carried away from it.
        presentation.autoRunning = false
        mode = .present(presentation)
    }

    /// Nil when the command is not the presentation's to answer.
    mutating func present(_ p: Presentation, _ command: Command, _ index: DatasetIndex) -> Effect?? {
        var p = p
        // Any key pauses auto-advance; `a` toggles it, a tick is time passing, a resize is not a key.
        switch command {
        case .slideAuto, .tick, .resize, .redraw: break
        default: p.autoRunning = false
        }
        var effect: Effect?
        switch command {
        case .slideNext:
            p.digits = ""
            if p.blank { p.blank = false } else { p.go(to: p.page + 1) }
        case .slidePrevious:
            p.digits = ""
            if p.blank { p.blank = false } else { p.go(to: p.page - 1) }
        case .slideFirst:
            p.digits = ""
            p.go(to: 0)
        case .slideLast:
            p.digits = ""
            p.go(to: p.count - 1)
        case .insertText(let c):
            guard c.isASCII, c.isNumber else {
                message = StatusMessage("\(c) does nothing here — press ? for the keys", isError: true)
                break
            }
            if p.digits.count < 9 { p.digits.append(c) }
        case .slideGo:
            if let n = Int(p.digits) {
                if n >= 1 && n <= p.count {
                    p.go(to: n - 1)
                } else {
                    message = StatusMessage("no slide \(n): there are \(p.count)", isError: true)
                }
            }
            p.digits = ""
        case .slideBlank: p.blank.toggle()
        case .slideAuto:
            if p.autoSeconds == nil {
                message = StatusMessage(
                    "no auto-advance: start summit present with --auto SECONDS, or set delay under [presentation]",
                    shorter: ["no auto-advance: summit present --auto SECONDS"], isError: true)
            } else {
                p.autoRunning.toggle()
            }
        case .tick:
            guard p.autoRunning else { break }
            if p.page + 1 < p.count { p.go(to: p.page + 1) } else { p.autoRunning = false }
        case .presentLeave:
            if !p.digits.isEmpty {
                p.digits = ""
            } else if p.blank {
                p.blank = false
            } else if p.standalone {
                mode = .present(p)
                return .some(.quit(status: 0))
            } else {
                mode = .browse
                return .some(nil)
            }
        case .resize(let size):
            self.size = Size(width: max(0, size.width), height: max(0, size.height))
            p.resize(to: self.size, index)
        case .redraw: effect = .redraw
        case .mouse(let m):
            // The wheel turns slides; a click does nothing (the explorer underneath is not on screen).
            if m.action == .wheelDown { p.go(to: p.page + 1) }
            if m.action == .wheelUp { p.go(to: p.page - 1) }
        case .unbound(let key):
            message = StatusMessage("\(key) does nothing here — press ? for the keys", isError: true)
        default:
            return nil
        }
        mode = .present(p)
        return .some(effect)
    }

    /// Milliseconds until the next tick the state asks for (auto-advance), nil for none.
    public var tickMilliseconds: Int? {
        guard case .present(let p) = mode, p.autoRunning, let seconds = p.autoSeconds else { return nil }
        return max(1, Int(seconds * 1000))
    }
}
