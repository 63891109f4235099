extension Question: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(text)
        writer.write(span)
        writer.write(pillars)
        writer.write(actors)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), text: try reader.read(), span: try reader.read(), pillars: try reader.read(),
            actors: try reader.read())
    }
}
