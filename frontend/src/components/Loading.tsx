import { Center, Loader } from '@mantine/core';

/** Loading is shown while a page's data loads. */
export function Loading() {
  return (
    <Center py="xl" aria-label="Loading">
      <Loader size="sm" />
    </Center>
  );
}
