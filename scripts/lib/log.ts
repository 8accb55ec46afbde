export const say = (scope: string, message: string) => console.log(`[${scope}] ${message}`);
