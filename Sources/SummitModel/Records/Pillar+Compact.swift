extension Pillar: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(number)
        writer.write(title)
        writer.write(text)
        writer.write(span)
        writer.write(note)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), number: try reader.read(), title: try reader.read(), text: try reader.read(),
            span: try reader.read(), note: try reader.read())
    }
}
