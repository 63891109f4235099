import CNcursesw
import SummitUI

/// What `wget_wch` returned, turned into summit's terminal-independent input.
enum Decoded: Equatable {
    case key(Key)
    case mouse
    case resize
    /// A key summit has no use for (e.g. Insert, Ctrl-\).
    case ignored
    /// The bracketed-paste markers the terminal sends around pasted text (`ESC [200~` … `ESC [201~`).
    case pasteStart, pasteEnd
}

enum KeyDecoder {
    /// Key codes summit defines (with `define_key`) for the bracketed-paste markers; above ncurses' KEY_MAX.
    static let pasteStartCode: Int32 = 0x1200
    static let pasteEndCode: Int32 = 0x1201

    /// `status` is wget_wch's return value (OK or KEY_CODE_YES), `code` the wide character or key code.
    static func decode(status: Int32, code: UInt32) -> Decoded {
        if status == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: code)) }
        return decodeCharacter(code)
    }

    static func decodeKeyCode(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME, KEY_A1: .key(.home)
        case KEY_END, KEY_C1: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .resize
        case KEY_MOUSE: .mouse
        case pasteStartCode: .pasteStart
        case pasteEndCode: .pasteEnd
        case summit_KEY_F(1)...summit_KEY_F(24): .key(.function(Int(code - summit_KEY_F(0))))
        default: .ignored
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Decoded {
        switch code {
        case 0x0A, 0x0D: return .key(.enter)
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x01...0x1A:
            // Ctrl-A is 1 … Ctrl-Z is 26 (8, 9, 10 and 13 are taken above).
            return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + code)))))
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
