/// "Did you mean …?" for misspelt keys and ids: the closest candidate by edit distance,
/// ignoring case, when it is close enough to be a plausible typo.
enum NearestName {
    /// The best candidate within a distance of about a third of the name's length (at least 1, at most 3).
    static func suggestion<S: Sequence>(for name: String, among candidates: S) -> String? where S.Element == String {
        let target = Array(name.lowercased().unicodeScalars)
        guard !target.isEmpty, target.count <= 64 else { return nil }
        let allowed = min(3, max(1, target.count / 3))
        var bestName: String?
        var bestDistance = allowed + 1
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            // Cheap rejection first: lengths that differ by more than the allowance can never match.
            guard abs(other.count - target.count) <= allowed else { continue }
            let distance = boundedDistance(target, other, limit: bestDistance)
            if distance < bestDistance {
                bestDistance = distance
                bestName = candidate
            }
        }
        return bestName
    }

    /// Levenshtein distance, or any value ≥ `limit` once it is certain to reach `limit`.
    static func boundedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum >= limit { return limit }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
