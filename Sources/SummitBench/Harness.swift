import Foundation

/// What every part of the run shares: child environments, the machine's facts, small file reads.
enum Harness {
    /// An environment that keeps the user's config, state and caches out of the measurement: every XDG folder
    /// under `folder`, the cache one named `cache` (created empty), a UTF-8 locale.
    static func isolated(_ folder: String, cache: String) -> [String: String] {
        let cacheFolder = "\(folder)/\(cache)"
        try? FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        return [
            "XDG_CACHE_HOME": cacheFolder, "XDG_CONFIG_HOME": "\(folder)/config", "XDG_STATE_HOME": "\(folder)/state",
            "XDG_DATA_HOME": "\(folder)/data", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        ]
    }

    /// Newlines in the file at `path` (0 when unreadable), read in blocks.
    static func countLines(_ path: String) -> Int {
        guard let file = fopen(path, "r") else { return 0 }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var count = 0
        while true {
            let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read == 0 { break }
            for k in 0..<read where buffer[k] == 10 { count += 1 }
        }
        return count
    }

    /// The 1, 5 and 15 minute load averages, as /proc/loadavg prints them.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// Cores, CPU model and memory, in one line.
    static func machine() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) }
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kib = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
        let memory = kib.map { "\(Samples.fixed(Double($0) / 1_048_576, digits: 1)) GiB memory" } ?? "memory unknown"
        return "\(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores (\(model ?? "unknown CPU")), \(memory)"
    }
}
