/// Repeated measurements of one thing, in milliseconds (or another unit), reported as min / median / max.
struct Samples: Sendable {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ value: Double) { values.append(value) }

    var isEmpty: Bool { values.isEmpty }
    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }
    /// The middle value (the mean of the two middle ones for an even count).
    var median: Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// "min / median / max", each with few enough digits to read.
    var summary: String {
        isEmpty ? "–" : "\(Samples.format(min)) / \(Samples.format(median)) / \(Samples.format(max))"
    }

    /// Three significant figures at most, no exponent: 0.042, 3.17, 45.2, 1234.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = Swift.abs(value)
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        return fixed(value, digits: digits)
    }

    /// `value` with `digits` decimals, rounded half away from zero.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (Swift.abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded) - whole * Int(scale)
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
