import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a dataset from a file, a FIFO, a pipe or standard input (`-`), never more than `maximumBytes`.
///
/// Read with `read(2)` into memory rather than mapped: a mapped file that shrinks while summit reads it would
/// end in SIGBUS, and pipes cannot be mapped at all. Streams are read to their end; a stream holding a NUL byte
/// (`/dev/zero`) is refused at once, since a NUL is never valid in JSON.
public enum DatasetInput {
    /// The largest dataset summit reads: 1 GiB, ample for a million records (docs/dataset-format.md, "Limits").
    public static let maximumBytes = 1 << 30
    /// The file name that means standard input.
    public static let standardInput = "-"

    /// What went wrong while reading, before any JSON is looked at.
    enum Failure: Error {
        /// The input cannot be read at all: exit 66, with the reason.
        case unreadable(String)
        /// It was read but is not a dataset by its size or bytes: exit 65, with a problem.
        case refused(DatasetProblem)
    }

    static func read(_ path: String, limit: Int = maximumBytes) throws(Failure) -> Data {
        let descriptor: Int32
        if path == standardInput {
            descriptor = dup(STDIN_FILENO)
            guard descriptor >= 0 else { throw .unreadable("standard input is closed") }
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .unreadable(reasonForOpen(path, errno: errno)) }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw .unreadable("it is a directory, not a dataset file") }
        let regular = type == S_IFREG
        if regular, Int(status.st_size) > limit { throw .refused(tooLarge(limit)) }
        return try readAll(
            descriptor, expected: regular ? Int(status.st_size) : 1 << 16, limit: limit, stream: !regular)
    }

    /// Reads to the end of input. A regular file that grows meanwhile is read on, up to `limit`.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int, stream: Bool) throws(Failure) -> Data {
        var data = Data()
        data.reserveCapacity(min(expected, limit) + 1)
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable("cannot read it: " + String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            if stream, let nul = chunk[0..<count].firstIndex(of: 0) {
                throw .refused(
                    DatasetProblem(
                        path: "$",
                        message:
                            "the input holds a NUL byte at byte offset \(data.count + nul); it is not a JSON text file",
                        fix: "give a dataset file (UTF-8 JSON); a device such as /dev/zero is not one"))
            }
            if data.count + count > limit { throw .refused(tooLarge(limit)) }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    private static func tooLarge(_ limit: Int) -> DatasetProblem {
        DatasetProblem(
            path: "$",
            message: "the input is larger than \(limit) bytes (\(limit >> 20) MiB), the largest dataset summit reads",
            fix:
                "split the dataset, or check that this is the file you meant (see \"Limits\" in docs/dataset-format.md)"
        )
    }

    /// Why `open` failed, in words that say what to check.
    private static func reasonForOpen(_ path: String, errno code: Int32) -> String {
        switch code {
        case ENOENT:
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                return "it is a symbolic link to a file that does not exist"
            }
            return "no such file"
        case ELOOP: return "it is a loop of symbolic links (or more than the system's limit of links in a row)"
        case EACCES: return "permission denied (the file is not readable by this user)"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENAMETOOLONG: return "the path is too long"
        default: return "cannot open it: " + String(cString: strerror(code))
        }
    }
}
