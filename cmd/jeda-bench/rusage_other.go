//go:build !unix

package main

import "os"

// peakRSS is not known on this platform; the table shows "–".
func peakRSS(*os.ProcessState) int64 { return 0 }
