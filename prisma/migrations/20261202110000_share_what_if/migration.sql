-- A share link can show a what-if scenario (issue 14): params { met?: string[] }.
ALTER TYPE "ShareScope" ADD VALUE 'WHAT_IF';
