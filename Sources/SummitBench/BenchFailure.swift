/// Something a measurement needs could not be done; the message says what, and is listed under the tables.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
