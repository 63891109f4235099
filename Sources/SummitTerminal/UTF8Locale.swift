import Glibc

/// Wide-character ncurses needs a UTF-8 character type; under `LC_ALL=C` or `env -i` it would draw garbage.
enum UTF8Locale {
    /// Takes the user's locale, then falls back to C.UTF-8 for character handling if it is not UTF-8.
    /// Returns whether the user's own locale was UTF-8: if not, the terminal gets ASCII only (`AsciiFallback`).
    @discardableResult
    static func adopt() -> Bool {
        // Only the character type: ncurses needs nothing else, and LC_ALL would load a dozen locale files at start.
        setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return false }
        }
        return false
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
