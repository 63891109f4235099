import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's words for a failed file operation ("Permission denied"), for messages.
/// FoundationEssentials has no `localizedDescription`; its file errors carry the POSIX error underneath.
public enum ErrorReason {
    public static func describe(_ error: any Error) -> String {
        if let posix = ((error as? CocoaError)?.underlying ?? error) as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return String(describing: error)
    }
}
