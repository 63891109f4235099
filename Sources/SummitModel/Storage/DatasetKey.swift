/// A short, file-name-safe name for a dataset, so per-dataset files (`state-<key>.json`, `pins-<key>.json`)
/// never mix two datasets: `bundled` for the built-in one; for a file, its name's letters and digits plus a
/// hash of its absolute path (two `data.json` in different folders stay apart).
public enum DatasetKey {
    public static let bundled = "bundled"

    /// `path` as given on the command line; `workingDirectory` makes a relative one absolute.
    public static func forFile(_ path: String, workingDirectory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        let name = absolute.split(separator: "/").last.map(String.init) ?? "data"
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        let safe = String(
            stem.unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }.prefix(40).map(Character.init))
        return (safe.isEmpty ? "data" : safe) + "-" + fnv1a(absolute)
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and machines, unlike `Hasher`.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
