#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file mapped read-only into memory, unmapped when released. Used for the dataset cache only: summit replaces a
/// cache file by renaming a new one over it, so the mapped one is never truncated under it (dataset files are read,
/// not mapped, for that reason: DECISIONS 27).
final class MappedFile {
    let bytes: UnsafeRawBufferPointer

    /// Nil when the file is missing, unreadable, empty or cannot be mapped: for a cache, all mean "no cache".
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        #if canImport(Glibc)
            // Every page is read (checksum, then decoding): fault them in at once rather than one by one.
            let flags = MAP_PRIVATE | MAP_POPULATE
        #else
            let flags = MAP_PRIVATE
        #endif
        guard let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    /// Gives back the pages wholly inside `part` (a part of `bytes` already copied out): they leave the process's
    /// resident memory, and are read again from the file only if touched again.
    func drop(_ part: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, let start = part.baseAddress, part.count > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let from = (start - base + page - 1) / page * page
        let to = (start - base + part.count) / page * page
        guard to > from else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + from), to - from, MADV_DONTNEED)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
