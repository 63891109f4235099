extension Quote: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(text)
        writer.write(span)
        writer.write(speaker)
        writer.write(attribution)
        writer.write(passage)
        writer.write(venue)
        writer.write(pillars)
        writer.write(actors)
        writer.write(note)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), text: try reader.read(), span: try reader.read(), speaker: try reader.read(),
            attribution: try reader.read(), passage: try reader.read(), venue: try reader.read(),
            pillars: try reader.read(), actors: try reader.read(), note: try reader.read())
    }
}
