/// The dataset cache's payload as it is written: length-prefixed blobs, each padded to 8 bytes so raw arrays start
/// aligned (`BlobReader` reads them back).
struct BlobWriter {
    var bytes: [UInt8] = []

    mutating func append(_ blob: [UInt8]) {
        blob.withUnsafeBytes { append($0) }
    }

    mutating func append(_ blob: UnsafeRawBufferPointer) {
        withUnsafeBytes(of: UInt64(blob.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: blob)
        pad()
    }

    /// A raw array of fixed-size integers, in this machine's (little-endian) byte order.
    mutating func appendArray<T: FixedWidthInteger>(_ array: [T]) {
        array.withUnsafeBytes { append($0) }
    }

    /// Zeros up to the next multiple of 8.
    mutating func pad() {
        bytes.append(contentsOf: repeatElement(0, count: DatasetCache.aligned(bytes.count) - bytes.count))
    }
}
