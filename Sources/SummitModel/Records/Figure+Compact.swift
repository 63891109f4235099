extension Figure: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(label)
        writer.write(value)
        writer.write(upper)
        writer.write(unit)
        writer.write(qualifier)
        writer.write(actor)
        writer.write(span)
        writer.write(note)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), label: try reader.read(), value: try reader.read(), upper: try reader.read(),
            unit: try reader.read(), qualifier: try reader.read(), actor: try reader.read(), span: try reader.read(),
            note: try reader.read())
    }
}
