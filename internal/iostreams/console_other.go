//go:build !windows

package iostreams

import "os"

// enableVT is a no-op outside Windows: terminals there interpret escape codes.
func enableVT(*os.File) bool { return true }
