import SummitModel
import Testing

/// The other two exits of SafeText's rule, for every class SafeNameTests names (its table, not SafeText's): the
/// `isUnsafe` check renderers use, and the JSON escaping, since JSON encoders leave DEL, C1 and bidi controls raw.
@Suite struct SafeTextEscapingTests {
    @Test(arguments: SafeNameTests.unsafeClasses.map(\.name))
    func everyScalarOfTheClassIsUnsafeAndEscapedInJSON(name: String) throws {
        let range = try #require(SafeNameTests.unsafeClasses.first { $0.name == name }).scalars
        for value in range {
            let scalar = try #require(Unicode.Scalar(value))
            let hex = String(value, radix: 16)
            #expect(SafeText.isUnsafe(scalar), "\(name): U+\(hex)")
            // Below DEL a JSON encoder has already written \uXXXX (or \n, \t…), so only the raw scalar can reach here.
            if value >= 0x7F {
                let json = SafeText.escapingJSON("\"a\(Character(scalar))b\"")
                let escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                #expect(json == "\"a" + escaped + "b\"", "\(name): U+\(hex) in JSON: \(json.debugDescription)")
            }
        }
    }
}
