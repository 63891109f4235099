extension Person: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(role)
        writer.write(organisation)
        writer.write(actor)
        writer.write(span)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), name: try reader.read(), role: try reader.read(), organisation: try reader.read(),
            actor: try reader.read(), span: try reader.read())
    }
}
