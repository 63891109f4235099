#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and writes small files of summit's own (config, state, pins) so that a crash, a full disk or a second
/// summit never leaves half a file: the bytes go to a temporary file beside the target, are flushed, then renamed
/// over it (rename is atomic within a directory). Missing parent directories are created with mode 0700.
public enum AtomicFile {
    /// Replaces `path` with `bytes` atomically. `durable: false` skips flushing to disk, for files that check
    /// themselves (the dataset cache): a crash may then leave a torn file, never a half-replaced one.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(StorageError) {
        let temporary = try writeTemporary(bytes, beside: path, durable: durable)
        if rename(temporary, path) != 0 {
            let failure = StorageError(path: path, action: "replace", code: errno)
            unlink(temporary)
            throw failure
        }
        if durable { syncDirectory(of: path) }
    }

    /// Writes `bytes` to `path` only if nothing exists there yet, atomically: returns false, writing nothing, when a
    /// file (or anything else) is already at `path`. `link` fails with EEXIST instead of replacing, unlike `rename`.
    public static func create(_ bytes: [UInt8], at path: String) throws(StorageError) -> Bool {
        let temporary = try writeTemporary(bytes, beside: path)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            if errno == EEXIST { return false }
            throw StorageError(path: path, action: "create", code: errno)
        }
        syncDirectory(of: path)
        return true
    }

    /// The bytes of `path`, or nil when there is no such file. Other failures (a directory, no permission) throw.
    public static func read(_ path: String) throws(StorageError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StorageError(path: path, action: "read", code: errno)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError(path: path, action: "read", code: errno)
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// Moves an unreadable file out of the way (`NAME.corrupt-N`, the first N free) so the next write starts clean
    /// and the user can still look at what was there. Returns the new path.
    public static func setAside(_ path: String) throws(StorageError) -> String {
        var n = 1
        while true {
            let target = "\(path).corrupt-\(n)"
            if link(path, target) == 0 {
                unlink(path)
                return target
            }
            if errno != EEXIST { throw StorageError(path: path, action: "set aside", code: errno) }
            n += 1
        }
    }

    /// Creates `directory` and its missing parents (mode 0700: state can say what a user searched for).
    public static func makeDirectories(_ directory: String) throws(StorageError) {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw StorageError(path: prefix, action: "create the directory", code: errno)
            }
        }
    }

    private static func writeTemporary(_ bytes: [UInt8], beside path: String, durable: Bool = true) throws(StorageError)
        -> String
    {
        try makeDirectories(parent(of: path))
        var template = Array("\(path).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw StorageError(path: path, action: "write", code: errno) }
        let temporary = String(cString: template)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                let failure = StorageError(path: path, action: "write", code: n < 0 ? errno : EIO)
                close(fd)
                unlink(temporary)
                throw failure
            }
            offset += n
        }
        // The data must reach the disk before the rename makes it the file, or a crash can leave it empty.
        if (durable && fsync(fd) != 0) || close(fd) != 0 {
            let failure = StorageError(path: path, action: "write", code: errno)
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func syncDirectory(of path: String) {
        let fd = open(parent(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

/// A file operation that failed: which file, what was being done, and the system's reason.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let action: String
    public let reason: String

    public init(path: String, action: String, code: Int32) {
        self.path = path
        self.action = action
        self.reason = String(cString: strerror(code))
    }

    public var description: String { "cannot \(action) \(path): \(reason)" }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#else
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif
