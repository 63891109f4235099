extension Event: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(summary)
        writer.write(when)
        writer.write(actors)
        writer.write(status)
        writer.write(claimedBy)
        writer.write(disputes)
        writer.write(span)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init(
            id: try reader.read(), summary: try reader.read(), when: try reader.read(), actors: try reader.read(),
            status: try reader.read(), claimedBy: try reader.read(), disputes: try reader.read(),
            span: try reader.read())
    }
}
