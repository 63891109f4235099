/// Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "frnace" is 1 from "france"),
/// giving up past `limit`: returns nil when the distance exceeds it. O(|a|·|b|), used only on short names.
/// With `transpositions: false` it is plain Levenshtein distance. The one edit distance of the project: name
/// resolution, the validator's "did you mean" and the explorer's command line all use it.
public func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, transpositions: Bool = true) -> Int?
{
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)  // row i-2
    var previous = Array(0...b.count)  // row i-1
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, before[j - 2] + 1)
            }
            current[j] = value
            rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return nil }
        (before, previous, current) = (previous, current, before)
    }
    let distance = previous[b.count]
    return distance <= limit ? distance : nil
}
