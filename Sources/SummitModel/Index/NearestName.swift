/// "Did you mean …?" for misspelt keys and ids: the closest candidate by edit distance,
/// ignoring case, when it is close enough to be a plausible typo.
public enum NearestName {
    /// The best candidate within a distance of about a third of the name's length (at least 1, at most 3).
    public static func suggestion<S: Sequence>(for name: String, among candidates: S) -> String?
    where S.Element == String {
        let target = Array(name.lowercased().unicodeScalars)
        guard !target.isEmpty, target.count <= 64 else { return nil }
        let allowed = min(3, max(1, target.count / 3))
        var bestName: String?
        var bestDistance = allowed + 1
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            // Cheap rejection first: lengths that differ by more than the allowance can never match.
            guard abs(other.count - target.count) <= allowed else { continue }
            // Plain Levenshtein: a swap of neighbours counts as two edits here.
            if let distance = editDistance(target, other, limit: bestDistance - 1, transpositions: false),
                distance < bestDistance
            {
                bestDistance = distance
                bestName = candidate
            }
        }
        return bestName
    }
}
