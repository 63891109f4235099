// The start-up floor for `./dev bench`: a Swift program that does nothing but print, built like summit's release
// binary (swiftc -O -static-stdlib), timed beside `summit actor poland` and the explorer's first frame.
print("hello")
