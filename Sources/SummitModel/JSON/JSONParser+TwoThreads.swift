/// A root array parsed ahead, on one of two threads: its elements and the offset just past its `]`.
struct ParsedArray: Sendable {
    let nodes: [JSONNode]
    let end: Int
}

/// Parsing a large document on two threads (docs/DECISIONS.md 75): `RecordArrays` finds where each record starts,
/// each thread parses the records of its half of the bytes, and the root is then parsed around them. Any error on
/// that way — or a scan that does not fit what the parser reads — sends the whole document through `parse` on one
/// thread, so a syntax error is always reported exactly as the sequential parser reports it.
extension JSONParser {
    /// The same tree as `parse`, or the same error, read on two threads when the document reaches `bar`.
    static func parseOnTwoThreads(
        _ bytes: UnsafeBufferPointer<UInt8>, bar: TwoThreadBar = .standard, valueLimit: Int = maximumValues,
        progress: LoadProgress? = nil
    ) throws(JSONSyntaxError) -> JSONNode {
        if let root = try parseSplit(bytes, bar: bar, valueLimit: valueLimit, progress: progress) { return root }
        return try parse(bytes, valueLimit: valueLimit, progress: progress)
    }

    /// The tree read on two threads; nil when the document is below `bar` or anything in it does not parse (the
    /// caller then parses it on one thread, for the exact error). Throws only when the load is cancelled.
    static func parseSplit(
        _ bytes: UnsafeBufferPointer<UInt8>, bar: TwoThreadBar, valueLimit: Int = maximumValues,
        progress: LoadProgress? = nil
    ) throws(JSONSyntaxError) -> JSONNode? {
        guard bytes.count >= bar.bytes, let scan = RecordArrays(scanning: bytes), scan.elementCount >= bar.records,
            scan.elementCount > 0
        else { return nil }
        // The record whose start is nearest the middle of the records' bytes begins the second half.
        let middle = (scan.arrays.first!.open + scan.arrays.last!.close) / 2
        let (first, second) = Concurrently.both(
            { parseHalf(bytes, scan, middle: middle, isFirst: true, valueLimit: valueLimit, progress: progress) },
            { parseHalf(bytes, scan, middle: middle, isFirst: false, valueLimit: valueLimit, progress: progress) })
        if progress?.isCancelled == true { throw cancelled(at: 0) }
        guard var first, let second, first.values + second.values <= valueLimit else { return nil }
        var parsed: [Int: ParsedArray] = [:]
        for (position, array) in scan.arrays.enumerated() {
            // Appended in place: the first half's array is taken out (not shared) and has room for the whole array.
            var nodes = first.nodes[position]
            first.nodes[position] = []
            nodes.append(contentsOf: second.nodes[position])
            parsed[array.open] = ParsedArray(nodes: nodes, end: array.close + 1)
        }
        var parser = JSONParser(bytes: bytes, valueLimit: valueLimit, progress: progress)
        parser.parsedArrays = parsed
        parser.values = first.values + second.values
        do {
            return try parser.parseRoot()
        } catch {
            if progress?.isCancelled == true { throw error }
            return nil
        }
    }

    /// One half's records, array by array, and the values they hold; nil when anything does not parse as the scan
    /// promised.
    private static func parseHalf(
        _ bytes: UnsafeBufferPointer<UInt8>, _ scan: RecordArrays, middle: Int, isFirst: Bool, valueLimit: Int,
        progress: LoadProgress?
    ) -> (nodes: [[JSONNode]], values: Int)? {
        var parser = JSONParser(bytes: bytes, valueLimit: valueLimit, progress: progress)
        parser.readsHalf = true
        var nodes: [[JSONNode]] = []
        nodes.reserveCapacity(scan.arrays.count)
        for array in scan.arrays {
            // Starts ascend, so a half's records are one run of them.
            let split = array.starts.firstIndex { $0 >= middle } ?? array.starts.endIndex
            let mine = isFirst ? array.starts.startIndex..<split : split..<array.starts.endIndex
            var elements: [JSONNode] = []
            elements.reserveCapacity(isFirst ? array.starts.count : mine.count)
            if let firstIndex = mine.first { parser.reportedIndex = array.starts[firstIndex] }
            for position in mine {
                parser.index = array.starts[position]
                guard let node = try? parser.parseValue(depth: 2), (try? parser.countRecord()) != nil else {
                    return nil
                }
                elements.append(node)
                parser.skipWhitespace()
                // The element must end where the scan saw the next one begin, or at the array's `]`.
                if position + 1 < array.starts.count {
                    guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: ",") else { return nil }
                    parser.index += 1
                    parser.skipWhitespace()
                    guard parser.index == array.starts[position + 1] else { return nil }
                } else {
                    guard parser.index == array.close else { return nil }
                }
            }
            nodes.append(elements)
        }
        return (nodes, parser.values)
    }

    private static func cancelled(at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message: cancelledMessage, fix: "")
    }
}
