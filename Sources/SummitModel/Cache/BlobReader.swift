/// Reads the blobs `BlobWriter` wrote, straight from the mapped payload; a length past the end throws.
struct BlobReader {
    let payload: UnsafeRawBufferPointer
    var cursor = 0

    init(_ payload: UnsafeRawBufferPointer) { self.payload = payload }

    var isAtEnd: Bool { cursor == payload.count }

    mutating func next() throws(CompactFormatError) -> UnsafeRawBufferPointer {
        guard cursor + 8 <= payload.count else { throw CompactFormatError(what: "the data ends early") }
        let length = UInt64(littleEndian: payload.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
        guard length <= UInt64(payload.count - cursor - 8) else {
            throw CompactFormatError(what: "the data ends early")
        }
        let start = cursor + 8
        let end = start + Int(length)
        cursor = min(DatasetCache.aligned(end), payload.count)
        return UnsafeRawBufferPointer(rebasing: payload[start..<end])
    }

    /// A raw array written by `BlobWriter.appendArray`, copied out of the mapping in one go.
    mutating func nextArray<T: FixedWidthInteger>() throws(CompactFormatError) -> [T] {
        let blob = try next()
        let stride = MemoryLayout<T>.stride
        guard blob.count % stride == 0 else { throw CompactFormatError(what: "a table of the wrong size") }
        return [T](unsafeUninitializedCapacity: blob.count / stride) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: blob)
            count = blob.count / stride
        }
    }
}
