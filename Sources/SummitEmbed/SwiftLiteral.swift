import SummitModel

/// Swift source that rebuilds a value: structs through their memberwise initialisers (every record type's `init`
/// takes its stored properties in order, under the same labels), enums by case, strings as escaped literals.
/// Reflection keeps this generic: a new field or kind needs no change here, and the test that compares the ready
/// dataset with the one parsed from JSON catches an initialiser that does not follow the rule.
enum SwiftLiteral {
    /// A function returning `value`, whose top-level arrays (the records) are built by one `append` per element, so
    /// that type-checking stays linear in the number of records.
    static func function(named name: String, returning value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        var body: [String] = []
        var arguments: [String] = []
        for child in mirror.children {
            guard let label = child.label else { continue }
            let elements = Mirror(reflecting: child.value)
            if elements.displayStyle == .collection {
                let type = "[\(qualified(elementTypeName(of: child.value)))]"
                body.append("var \(label): \(type) = []")
                body.append("\(label).reserveCapacity(\(elements.children.count))")
                for element in elements.children { body.append("\(label).append(\(of(element.value)))") }
                arguments.append("\(label): \(label)")
            } else {
                arguments.append("\(label): \(of(child.value))")
            }
        }
        body.append("return \(qualified(String(describing: type(of: value))))(\(arguments.joined(separator: ", ")))")
        return "func \(name)() -> \(qualified(String(describing: type(of: value)))) {\n"
            + body.map { "    " + $0 }.joined(separator: "\n") + "\n}\n"
    }

    /// An expression of `value`'s type.
    static func of(_ value: Any) -> String {
        switch value {
        case let text as String: return string(text)
        case let number as Int: return String(number)
        case let number as Double: return "\(number)"
        case let flag as Bool: return flag ? "true" : "false"
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { of($0.value) } ?? "nil"
        case .collection: return "[" + mirror.children.map { of($0.value) }.joined(separator: ", ") + "]"
        case .enum: return ".\(value)"
        case .struct:
            let arguments = mirror.children.map { "\($0.label ?? "_"): \(of($0.value))" }
            return "\(qualified(String(describing: type(of: value))))(\(arguments.joined(separator: ", ")))"
        default: fatalError("summit-embed: no Swift literal for \(type(of: value))")
        }
    }

    /// A string literal with every non-ASCII or control scalar escaped, so the generated file is plain ASCII.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "\""
    }

    /// `Actor` would meet Swift's own protocol of that name: every type is spelled with its module.
    private static func qualified(_ type: String) -> String { "SummitModel." + type }

    private static func elementTypeName(of array: Any) -> String {
        // "Array<Pillar>" → "Pillar"
        let name = String(describing: type(of: array))
        guard name.hasPrefix("Array<"), name.hasSuffix(">") else { fatalError("summit-embed: \(name) is not an array") }
        return String(name.dropFirst(6).dropLast())
    }
}
