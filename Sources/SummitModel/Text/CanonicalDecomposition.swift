/// Canonical decomposition (NFD) without Foundation: the standard library keeps its normalization behind SPI and
/// FoundationEssentials has none, while full Foundation would link ICU (tens of megabytes) into the binary.
/// Decompositions come from a generated table (`CanonicalDecompositionTable.swift`); Hangul syllables are
/// decomposed arithmetically, as the Unicode standard defines them.
enum CanonicalDecomposition {
    /// The NFD of `scalars`: each scalar fully decomposed, then combining marks put in canonical order.
    static func decompose(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in scalars { append(scalar, to: &out) }
        reorder(&out)
        return out
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value >= hangulBase, value < hangulBase + hangulCount {
            let index = value - hangulBase
            out.append(Unicode.Scalar(leadBase + index / (vowelCount * trailCount))!)
            out.append(Unicode.Scalar(vowelBase + (index % (vowelCount * trailCount)) / trailCount)!)
            if index % trailCount != 0 { out.append(Unicode.Scalar(trailBase + index % trailCount)!) }
        } else if let decomposition = table[value] {
            out.append(contentsOf: decomposition)
        } else {
            out.append(scalar)
        }
    }

    /// Canonical ordering: within each run of non-starters, a stable sort by combining class.
    private static func reorder(_ scalars: inout [Unicode.Scalar]) {
        var start = 0
        while start < scalars.count {
            guard scalars[start].properties.canonicalCombiningClass != .notReordered else {
                start += 1
                continue
            }
            var end = start
            while end < scalars.count, scalars[end].properties.canonicalCombiningClass != .notReordered { end += 1 }
            if end - start > 1 {
                let run = scalars[start..<end].enumerated().sorted {
                    let (a, b) = (
                        $0.element.properties.canonicalCombiningClass, $1.element.properties.canonicalCombiningClass
                    )
                    return a != b ? a < b : $0.offset < $1.offset
                }
                scalars.replaceSubrange(start..<end, with: run.map(\.element))
            }
            start = end
        }
    }

    private static let hangulBase: UInt32 = 0xAC00, hangulCount: UInt32 = 11172
    private static let leadBase: UInt32 = 0x1100, vowelBase: UInt32 = 0x1161, trailBase: UInt32 = 0x11A7
    private static let vowelCount: UInt32 = 21, trailCount: UInt32 = 28

    /// `packed` parsed once: scalar → its full decomposition.
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        table.reserveCapacity(2_100)
        PackedHex.forEachEntry(in: packed) { key, numbers in table[key] = numbers.map { Unicode.Scalar($0)! } }
        return table
    }()
}
